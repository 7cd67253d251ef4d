package de.servicebot.core.ticket;

import java.util.Objects;

/** Resolving a ticket: what was done (the resolution note, required) and whether the customer's contact is told. */
public record ResolveTicket(TicketId ticketId, String resolution, boolean notifyCustomer) {

    public ResolveTicket {
        Objects.requireNonNull(ticketId, "ticketId");
        resolution = resolution == null ? "" : resolution;
    }
}
