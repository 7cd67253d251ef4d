package de.servicebot.core.ticket;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * An appointment agreed with the customer lies ahead, not in the past: checked when a ticket is forwarded with one and
 * whenever one is set or moved.
 */
public final class AppointmentNotInPast implements ForwardPolicy {

    private final Clock clock;

    public AppointmentNotInPast(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void check(Ticket ticket, StaffMember technician, Optional<Appointment> appointment) {
        appointment.ifPresent(this::check);
    }

    /** Throws {@code ticket.appointment-in-past} for an appointment before now. */
    public void check(Appointment appointment) {
        DomainException.require(!appointment.start().isBefore(LocalDateTime.now(clock)), "ticket.appointment-in-past");
    }
}
