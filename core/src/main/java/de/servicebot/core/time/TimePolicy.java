package de.servicebot.core.time;

import de.servicebot.core.ticket.Ticket;

/**
 * A rule another part of the process sets for work booked on a ticket, checked whenever work is booked or corrected;
 * throws a {@code DomainException} that says what stands in the way.
 */
public interface TimePolicy {

    void check(Ticket ticket, LogTime work);
}
