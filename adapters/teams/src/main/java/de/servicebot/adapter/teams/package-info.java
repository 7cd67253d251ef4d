/**
 * Microsoft Teams over the Bot Framework protocol: the {@code /api/messages} endpoint, token validation, the
 * connector client and proactive messages. Every {@code com.microsoft.bot} import stays in this module.
 */
package de.servicebot.adapter.teams;
