package de.servicebot.core.ticket;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Forwarding policy: an appointment agreed on forwarding lies ahead, not in the past. */
public final class AppointmentNotInPast implements ForwardPolicy {

    private final Clock clock;

    public AppointmentNotInPast(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void check(Ticket ticket, StaffMember technician, Optional<LocalDateTime> appointment) {
        appointment.ifPresent(start ->
                DomainException.require(!start.isBefore(LocalDateTime.now(clock)), "ticket.appointment-in-past"));
    }
}
