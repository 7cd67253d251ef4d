package de.servicebot.core.ticket;

import de.servicebot.core.staff.StaffMember;
import java.util.Optional;

/**
 * A precondition for forwarding a ticket to a technician, beyond the lifecycle and the technician's role: it throws a
 * {@code DomainException} saying what stands in the way.
 */
@FunctionalInterface
public interface ForwardPolicy {

    void check(Ticket ticket, StaffMember technician, Optional<Appointment> appointment);
}
