package de.servicebot.core.customer;

import java.util.Objects;
import java.util.UUID;

public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactId newId() {
        return new ContactId(UUID.randomUUID());
    }

    public static ContactId of(String value) {
        return new ContactId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
