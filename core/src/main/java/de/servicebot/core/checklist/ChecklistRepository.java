package de.servicebot.core.checklist;

import de.servicebot.core.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/** Stores the checklists of tickets. */
public interface ChecklistRepository {

    /**
     * Stores the checklist with its ticks and returns the stored state with its new version. Throws
     * {@code DomainException} {@code common.concurrent-change} when someone else saved it in the meantime.
     */
    Checklist save(Checklist checklist);

    Optional<Checklist> findById(ChecklistId id);

    /** The ticket's checklists, in the order they were started. */
    List<Checklist> findByTicket(TicketId ticketId);
}
