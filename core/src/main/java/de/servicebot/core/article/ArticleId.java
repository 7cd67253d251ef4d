package de.servicebot.core.article;

import java.util.Objects;
import java.util.UUID;

public record ArticleId(UUID value) {

    public ArticleId {
        Objects.requireNonNull(value, "value");
    }

    public static ArticleId newId() {
        return new ArticleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
