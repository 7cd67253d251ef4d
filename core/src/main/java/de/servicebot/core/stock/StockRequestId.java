package de.servicebot.core.stock;

import java.util.Objects;
import java.util.UUID;

public record StockRequestId(UUID value) {

    public StockRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static StockRequestId newId() {
        return new StockRequestId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
