package de.servicebot.core.ticket;

import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** Stores tickets and finds them the ways people ask for them: by number, by assignee, by customer. */
public interface TicketRepository {

    /**
     * Stores the ticket and returns the stored state with its new version. Throws {@code DomainException}
     * {@code common.concurrent-change} when someone else saved it in the meantime.
     */
    Ticket save(Ticket ticket);

    Optional<Ticket> findById(TicketId id);

    Optional<Ticket> findByNumber(TicketNumber number);

    /** Open tickets assigned to the person, newest first; at most {@code limit}. */
    List<Ticket> findOpenByAssignee(StaffId assignee, int limit);

    /** The customer's tickets, newest first; at most {@code limit}. */
    List<Ticket> findByCustomer(CustomerId customer, int limit);
}
