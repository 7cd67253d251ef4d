package de.servicebot.core.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the people handling a ticket left on it: when the customer's receipt went out (it goes once by default), the
 * internal note of the last forward (for the technician, never for the customer) and the resolution note.
 */
public record TicketHandling(Optional<Instant> receiptSentAt, String note, String resolution) {

    public static final TicketHandling NONE = new TicketHandling(Optional.empty(), "", "");

    public TicketHandling {
        Objects.requireNonNull(receiptSentAt, "receiptSentAt");
        note = note == null ? "" : note;
        resolution = resolution == null ? "" : resolution;
    }
}
