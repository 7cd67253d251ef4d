package de.servicebot.core.ticket;

import de.servicebot.core.shared.DomainEvent;
import de.servicebot.core.staff.StaffMember;
import java.util.Optional;

/**
 * An appointment with the customer was agreed on a ticket: set, or moved from the one it replaces. Reminders (the
 * delivery note the day before) follow it.
 */
public record AppointmentSet(Ticket ticket, Appointment appointment, Optional<Appointment> replaced, StaffMember by)
        implements DomainEvent {}
