/**
 * Servicebot in Slack: slash commands, modals for the forms, Block Kit messages with buttons, type-ahead for customers,
 * and direct messages for notifications. The conversation's views are rendered with Bolt's Block Kit factories; the
 * protocol itself is in the Slack adapter.
 */
package de.servicebot.bot.slack;
