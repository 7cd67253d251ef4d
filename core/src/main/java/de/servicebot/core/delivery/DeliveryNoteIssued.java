package de.servicebot.core.delivery;

import de.servicebot.core.shared.DomainEvent;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;

/** A delivery or return note was issued: its PDF is made and kept with the ticket; reminders for it stop. */
public record DeliveryNoteIssued(DeliveryNote note, Ticket ticket, StaffMember by) implements DomainEvent {}
