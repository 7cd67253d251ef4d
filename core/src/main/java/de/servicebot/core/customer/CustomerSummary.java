package de.servicebot.core.customer;

import java.util.Objects;

/** What a type-ahead shows of a customer: enough to choose it, without its contacts. */
public record CustomerSummary(CustomerId id, String number, String name) {

    public CustomerSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
    }
}
