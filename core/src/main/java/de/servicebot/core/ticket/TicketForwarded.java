package de.servicebot.core.ticket;

import de.servicebot.core.shared.DomainEvent;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import java.util.Optional;

/** A ticket was handed to a technician, by hand or from an order; {@code previous} had it before, if anyone. */
public record TicketForwarded(
        Ticket ticket, StaffMember technician, Optional<StaffId> previous, TicketOrigin origin, StaffMember by)
        implements DomainEvent {}
