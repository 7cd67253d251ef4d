package de.servicebot.core.ticket;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a ticket comes from: opened by hand ("Ticketerstellung"), or made by sales from an order. Both go through the
 * same opening and forwarding; the origin only changes what is written next to it (the order number in the audit and
 * in the technician's notice) and that the first forward of a hand-made ticket closes the creation step.
 */
public record TicketOrigin(Optional<String> orderNumber) {

    private static final TicketOrigin BY_HAND = new TicketOrigin(Optional.empty());

    public TicketOrigin {
        Objects.requireNonNull(orderNumber, "orderNumber");
    }

    public static TicketOrigin byHand() {
        return BY_HAND;
    }

    public static TicketOrigin order(String orderNumber) {
        return new TicketOrigin(Optional.of(orderNumber));
    }

    public boolean fromOrder() {
        return orderNumber.isPresent();
    }

    /**
     * Whether forwarding the ticket now closes the creation step and books "Ticketerstellung": the first forward of a
     * ticket opened by hand. Tickets from an order were created with the order; their time is the order's.
     */
    public boolean forwardingBooksCreation(Ticket ticket) {
        return !fromOrder() && ticket.status() == TicketStatus.NEW;
    }
}
