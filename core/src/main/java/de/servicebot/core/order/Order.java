package de.servicebot.core.order;

import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.document.DocumentId;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.ticket.TicketId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order (Auftrag) from the ERP: number, customer, positions, the agreements made with the customer, and the order
 * document. Sales turns it into tickets once; the document is kept with the base-installation ticket.
 */
public final class Order implements Versioned {

    private final OrderId id;
    private final String number;
    private final CustomerId customerId;
    private final List<OrderPosition> positions;
    private final String agreements;
    private final Instant receivedAt;
    private final LocalDateTime agreedDate;
    private DocumentId document;
    private List<TicketId> tickets;
    private TicketId baseTicket;
    private final long version;

    private Order(
            OrderId id,
            String number,
            CustomerId customerId,
            List<OrderPosition> positions,
            String agreements,
            Instant receivedAt,
            LocalDateTime agreedDate,
            DocumentId document,
            List<TicketId> tickets,
            TicketId baseTicket,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.positions = List.copyOf(positions);
        this.agreements = Objects.requireNonNull(agreements, "agreements");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.agreedDate = agreedDate;
        this.document = document;
        this.tickets = List.copyOf(tickets);
        this.baseTicket = baseTicket;
        this.version = version;
    }

    /** An order just received for the customer; it has neither document nor tickets yet. */
    public static Order receive(NewOrder order, CustomerId customerId, Instant now) {
        return new Order(
                OrderId.newId(),
                order.number(),
                customerId,
                order.positions(),
                order.agreements(),
                now,
                order.agreedDate().orElse(null),
                null,
                List.of(),
                null,
                0);
    }

    public static Order restore(
            OrderId id,
            String number,
            CustomerId customerId,
            List<OrderPosition> positions,
            String agreements,
            Instant receivedAt,
            Optional<LocalDateTime> agreedDate,
            Optional<DocumentId> document,
            List<TicketId> tickets,
            Optional<TicketId> baseTicket,
            long version) {
        return new Order(
                id,
                number,
                customerId,
                positions,
                agreements,
                receivedAt,
                agreedDate.orElse(null),
                document.orElse(null),
                tickets,
                baseTicket.orElse(null),
                version);
    }

    /** Keeps the order document (a later upload replaces the earlier one). */
    public void attach(DocumentId documentId) {
        this.document = Objects.requireNonNull(documentId, "documentId");
    }

    /** Records the tickets made from this order; that happens once. */
    public void ticketsCreated(List<TicketId> created, TicketId base) {
        DomainException.require(tickets.isEmpty(), "order.tickets-exist", number);
        if (created.isEmpty() || !created.contains(base)) {
            throw new IllegalArgumentException("The base-installation ticket must be one of the tickets created");
        }
        this.tickets = List.copyOf(created);
        this.baseTicket = base;
    }

    /** Whether the text carries the agreements, ignoring differences in spacing and line breaks. */
    public boolean agreementsIn(String text) {
        return agreements.isEmpty() || squeezed(text).contains(squeezed(agreements));
    }

    private static String squeezed(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    public OrderId id() {
        return id;
    }

    public String number() {
        return number;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public List<OrderPosition> positions() {
        return positions;
    }

    public String agreements() {
        return agreements;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The date agreed with the customer for the work, if the order names one. */
    public Optional<LocalDateTime> agreedDate() {
        return Optional.ofNullable(agreedDate);
    }

    public Optional<DocumentId> document() {
        return Optional.ofNullable(document);
    }

    public List<TicketId> tickets() {
        return tickets;
    }

    public Optional<TicketId> baseTicket() {
        return Optional.ofNullable(baseTicket);
    }

    @Override
    public long version() {
        return version;
    }
}
