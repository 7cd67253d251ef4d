/**
 * The local console: a browser page that talks to Servicebot like Teams does, through {@code /api/messages}, and
 * a stand-in for the Bot Connector that receives the bot's replies and proactive messages and streams them to the page.
 * It lives in test sources, outside the package the application scans, so only the local run (which registers it)
 * ever has it; production cannot.
 */
package de.servicebot.local.console;
