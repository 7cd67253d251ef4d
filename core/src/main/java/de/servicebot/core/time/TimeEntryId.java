package de.servicebot.core.time;

import java.util.Objects;
import java.util.UUID;

public record TimeEntryId(UUID value) {

    public TimeEntryId {
        Objects.requireNonNull(value, "value");
    }

    public static TimeEntryId newId() {
        return new TimeEntryId(UUID.randomUUID());
    }

    public static TimeEntryId of(String value) {
        return new TimeEntryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
