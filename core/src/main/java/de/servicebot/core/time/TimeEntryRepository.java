package de.servicebot.core.time;

import de.servicebot.core.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/** Stores time entries of tickets. */
public interface TimeEntryRepository {

    /**
     * Stores the entry and returns the stored state with its new version. Throws {@code DomainException}
     * {@code common.concurrent-change} when someone else saved it in the meantime.
     */
    TimeEntry save(TimeEntry entry);

    Optional<TimeEntry> findById(TimeEntryId id);

    /** The ticket's entries, oldest work first. */
    List<TimeEntry> findByTicket(TicketId ticketId);

    void delete(TimeEntryId id);
}
