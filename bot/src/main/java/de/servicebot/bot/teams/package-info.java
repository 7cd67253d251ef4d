/**
 * Servicebot in Microsoft Teams: who is writing (matched to staff by e-mail/UPN once, then by the stored Teams id),
 * where to reach them later (the conversation reference, stored whenever they write), and the conversation's views as
 * Adaptive Cards. The protocol itself is in the Teams adapter.
 */
package de.servicebot.bot.teams;
