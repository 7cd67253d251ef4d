/**
 * Slack through Bolt for Java: {@code /slack/events} over HTTP with signature checks, or Socket Mode, and the Web
 * API client for direct messages. Every {@code com.slack.api} import stays in this module.
 */
package de.servicebot.adapter.slack;
