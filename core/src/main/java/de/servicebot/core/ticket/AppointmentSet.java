package de.servicebot.core.ticket;

import de.servicebot.core.shared.DomainEvent;
import de.servicebot.core.staff.StaffMember;
import java.time.LocalDateTime;

/** An appointment with the customer was agreed on a ticket (set or moved). */
public record AppointmentSet(Ticket ticket, LocalDateTime start, StaffMember by) implements DomainEvent {}
