package de.servicebot.core.catalog;

import java.util.concurrent.atomic.AtomicInteger;

/** Ticket types and main categories with unique names. */
public final class CatalogFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CatalogFixtures() {}

    public static TicketType aTicketType() {
        return TicketType.create("Störung " + SEQUENCE.incrementAndGet());
    }

    public static Category aCategory() {
        return Category.create("Hardware " + SEQUENCE.incrementAndGet());
    }
}
