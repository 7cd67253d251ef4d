package de.servicebot.core.delivery;

import java.util.Objects;
import java.util.UUID;

public record DeliveryNoteId(UUID value) {

    public DeliveryNoteId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryNoteId newId() {
        return new DeliveryNoteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
