package de.servicebot.bot.conversation;

import de.servicebot.core.ticket.TicketAction;

/**
 * The button a feature puts on the ticket card for one of core's {@link TicketAction}s: shown exactly when core
 * allows the action to the person on the ticket now.
 *
 * @param action what core allows or not
 * @param label the message key of the button's text
 * @param actionId the action the button asks for, carrying the ticket's id
 */
public record TicketButton(TicketAction action, String label, String actionId) {}
