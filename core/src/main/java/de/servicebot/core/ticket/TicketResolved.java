package de.servicebot.core.ticket;

import de.servicebot.core.shared.DomainEvent;
import de.servicebot.core.staff.StaffMember;

/** A ticket was resolved (gelöst). */
public record TicketResolved(Ticket ticket, StaffMember by) implements DomainEvent {}
