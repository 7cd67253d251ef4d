package de.servicebot.core.ticket;

import java.util.Objects;
import java.util.UUID;

public record TicketId(UUID value) {

    public TicketId {
        Objects.requireNonNull(value, "value");
    }

    public static TicketId newId() {
        return new TicketId(UUID.randomUUID());
    }

    public static TicketId of(String value) {
        return new TicketId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
