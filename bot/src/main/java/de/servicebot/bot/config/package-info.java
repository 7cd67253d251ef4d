/**
 * Configuration as validated records: every setting Servicebot needs is read once, checked at start-up (a missing
 * one stops the application with a message naming it) and handed to the rest as plain values.
 */
package de.servicebot.bot.config;
