package de.servicebot.core.checklist;

import java.util.Objects;
import java.util.UUID;

public record ChecklistId(UUID value) {

    public ChecklistId {
        Objects.requireNonNull(value, "value");
    }

    public static ChecklistId newId() {
        return new ChecklistId(UUID.randomUUID());
    }

    public static ChecklistId of(String value) {
        return new ChecklistId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
