package de.servicebot.core.template;

import java.util.Objects;
import java.util.UUID;

public record TextTemplateId(UUID value) {

    public TextTemplateId {
        Objects.requireNonNull(value, "value");
    }

    public static TextTemplateId newId() {
        return new TextTemplateId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
