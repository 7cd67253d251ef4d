package de.servicebot.core.ticket;

import de.servicebot.core.catalog.CategoryId;
import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.customer.ContactId;
import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.staff.StaffId;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Tickets with valid defaults; each gets the next number of 2026. */
public final class TicketFixtures {

    public static final Instant CREATED_AT = Instant.parse("2026-11-26T08:30:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(41);

    private TicketFixtures() {}

    public static OpenTicket anOpenTicket() {
        return new OpenTicket(
                CustomerId.newId(),
                ContactId.newId(),
                TicketTypeId.newId(),
                CategoryId.newId(),
                "Drucker im Büro 3 druckt nicht",
                "Papierstau gemeldet");
    }

    public static Ticket aTicket() {
        return Ticket.open(anOpenTicket(), nextNumber(), StaffId.newId(), CREATED_AT);
    }

    public static Ticket aTicket(OpenTicket what, StaffId createdBy) {
        return Ticket.open(what, nextNumber(), createdBy, CREATED_AT);
    }

    public static TicketNumber nextNumber() {
        return new TicketNumber(2026, SEQUENCE.incrementAndGet());
    }
}
