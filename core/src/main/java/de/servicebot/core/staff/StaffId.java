package de.servicebot.core.staff;

import java.util.Objects;
import java.util.UUID;

public record StaffId(UUID value) {

    public StaffId {
        Objects.requireNonNull(value, "value");
    }

    public static StaffId newId() {
        return new StaffId(UUID.randomUUID());
    }

    public static StaffId of(String value) {
        return new StaffId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
