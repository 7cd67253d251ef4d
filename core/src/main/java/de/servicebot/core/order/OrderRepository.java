package de.servicebot.core.order;

import de.servicebot.core.ticket.TicketId;
import java.util.Optional;

/** Stores orders; the order number is unique. */
public interface OrderRepository {

    /**
     * Stores the order and returns the stored state with its new version. Throws {@code DomainException}
     * {@code order.number-taken} for a number already stored and {@code common.concurrent-change} when someone else
     * saved it in the meantime.
     */
    Order save(Order order);

    Optional<Order> findById(OrderId id);

    Optional<Order> findByNumber(String number);

    /** The order a ticket was made from, if it was made from one. */
    Optional<Order> findByTicket(TicketId ticketId);
}
