package de.servicebot.core.customer;

import java.util.Objects;

/** A contact found by name, with the customer it belongs to. */
public record ContactMatch(CustomerId customerId, String customerName, Contact contact) {

    public ContactMatch {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(contact, "contact");
    }
}
