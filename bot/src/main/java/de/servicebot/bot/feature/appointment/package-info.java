/**
 * Appointments after forwarding ({@code termin}): setting, moving and cancelling a ticket's appointment, on site or
 * remote, from the ticket card or by command, with the customer told when the person ticks it.
 */
package de.servicebot.bot.feature.appointment;
