package de.servicebot.core.checklist;

import java.util.Objects;
import java.util.UUID;

public record ChecklistTemplateId(UUID value) {

    public ChecklistTemplateId {
        Objects.requireNonNull(value, "value");
    }

    public static ChecklistTemplateId newId() {
        return new ChecklistTemplateId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
