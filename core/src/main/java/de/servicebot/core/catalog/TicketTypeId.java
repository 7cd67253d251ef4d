package de.servicebot.core.catalog;

import java.util.Objects;
import java.util.UUID;

public record TicketTypeId(UUID value) {

    public TicketTypeId {
        Objects.requireNonNull(value, "value");
    }

    public static TicketTypeId newId() {
        return new TicketTypeId(UUID.randomUUID());
    }

    public static TicketTypeId of(String value) {
        return new TicketTypeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
