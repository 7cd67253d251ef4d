package de.servicebot.core.call;

import java.util.Objects;
import java.util.UUID;

public record CallLogId(UUID value) {

    public CallLogId {
        Objects.requireNonNull(value, "value");
    }

    public static CallLogId newId() {
        return new CallLogId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
