package de.servicebot.core.delivery;

import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A delivery note (Lieferschein): what goes to the customer with an on-site appointment, or comes back on a return
 * note (Rücklieferschein). It starts as a draft of one ticket and day, which sales fills from the order and the
 * technician extends with material from stock; issuing it draws its number, and from then on it never changes: the
 * customer signs its receipt, sales hands it to billing, and a mistake is put right by a new version or a return note
 * that refers to it.
 */
public final class DeliveryNote implements Versioned {

    public static final int MAX_LINES = 200;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_RECEIVER = 120;

    /** A delivery to the customer, or a return from them. */
    public enum Kind {
        DELIVERY,
        RETURN
    }

    public enum Status {
        DRAFT,
        ISSUED,
        /** Signed by the customer. */
        RECEIVED,
        /** Handed to billing. */
        BILLED
    }

    /** Who issued it, and when. */
    public record Issue(DeliveryNoteNumber number, StaffId by, Instant at) {}

    /** Who took it at the customer's, and on which day. */
    public record Receipt(String receivedBy, LocalDate on) {}

    private final DeliveryNoteId id;
    private final Kind kind;
    private final CustomerId customerId;
    private final TicketId ticketId;
    private final Optional<String> orderNumber;
    private final LocalDate day;
    private final Optional<DeliveryNoteId> refersTo;
    private final int revision;
    private String deliveryAddress;
    private final List<DeliveryLine> lines;
    private Status status;
    private Optional<Issue> issue;
    private Optional<Receipt> receipt;
    private Optional<Instant> billedAt;
    private final long version;

    private DeliveryNote(
            DeliveryNoteId id,
            Kind kind,
            CustomerId customerId,
            TicketId ticketId,
            Optional<String> orderNumber,
            LocalDate day,
            Optional<DeliveryNoteId> refersTo,
            int revision,
            String deliveryAddress,
            List<DeliveryLine> lines,
            Status status,
            Optional<Issue> issue,
            Optional<Receipt> receipt,
            Optional<Instant> billedAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.ticketId = Objects.requireNonNull(ticketId, "ticketId");
        this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
        this.day = Objects.requireNonNull(day, "day");
        this.refersTo = Objects.requireNonNull(refersTo, "refersTo");
        this.revision = revision;
        this.deliveryAddress = Texts.optional(deliveryAddress, MAX_ADDRESS, "delivery.address-too-long");
        this.lines = new ArrayList<>(lines);
        this.status = Objects.requireNonNull(status, "status");
        this.issue = Objects.requireNonNull(issue, "issue");
        this.receipt = Objects.requireNonNull(receipt, "receipt");
        this.billedAt = Objects.requireNonNull(billedAt, "billedAt");
        this.version = version;
        if ((status == Status.DRAFT) == issue.isPresent()) {
            throw new IllegalArgumentException("A delivery note has its number exactly when it is issued");
        }
    }

    /** A ticket's empty draft for a day, to the customer's address. */
    public static DeliveryNote draft(
            CustomerId customerId, TicketId ticketId, Optional<String> orderNumber, LocalDate day, String address) {
        return new DeliveryNote(
                DeliveryNoteId.newId(),
                Kind.DELIVERY,
                customerId,
                ticketId,
                orderNumber,
                day,
                Optional.empty(),
                1,
                address,
                List.of(),
                Status.DRAFT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
    }

    public static DeliveryNote restore(
            DeliveryNoteId id,
            Kind kind,
            CustomerId customerId,
            TicketId ticketId,
            Optional<String> orderNumber,
            LocalDate day,
            Optional<DeliveryNoteId> refersTo,
            int revision,
            String deliveryAddress,
            List<DeliveryLine> lines,
            Status status,
            Optional<Issue> issue,
            Optional<Receipt> receipt,
            Optional<Instant> billedAt,
            long version) {
        return new DeliveryNote(
                id,
                kind,
                customerId,
                ticketId,
                orderNumber,
                day,
                refersTo,
                revision,
                deliveryAddress,
                lines,
                status,
                issue,
                receipt,
                billedAt,
                version);
    }

    /** A copy as stored with another version (for the stores). */
    public DeliveryNote withVersion(long newVersion) {
        return new DeliveryNote(
                id,
                kind,
                customerId,
                ticketId,
                orderNumber,
                day,
                refersTo,
                revision,
                deliveryAddress,
                lines,
                status,
                issue,
                receipt,
                billedAt,
                newVersion);
    }

    /**
     * Adds a line unless one with its key is there already (the same material recorded twice stays one line); true
     * when added. Only a draft takes lines.
     */
    public boolean add(DeliveryLine line) {
        requireDraft();
        if (lines.stream().anyMatch(existing -> existing.key().equals(line.key()))) {
            return false;
        }
        DomainException.require(lines.size() < MAX_LINES, "delivery.too-many-lines", MAX_LINES);
        lines.add(line);
        return true;
    }

    /** Takes a line off the draft. */
    public void remove(String key) {
        requireDraft();
        DomainException.require(lines.removeIf(line -> line.key().equals(key)), "delivery.no-such-line");
    }

    /** Replaces a line of the draft (quantity, serial numbers, what sales corrected), keeping its key and source. */
    public void replace(DeliveryLine line) {
        requireDraft();
        int at = position(line.key());
        DomainException.require(at >= 0, "delivery.no-such-line");
        lines.set(at, line);
    }

    public void deliverTo(String address) {
        requireDraft();
        this.deliveryAddress = Texts.optional(address, MAX_ADDRESS, "delivery.address-too-long");
    }

    /**
     * Throws unless the draft can be issued: it needs lines, a delivery address, and the serial numbers of every
     * article that has them. Checked before a number is drawn, so a refusal uses none.
     */
    public void requireIssuable() {
        requireDraft();
        DomainException.require(!lines.isEmpty(), "delivery.no-lines");
        DomainException.require(!deliveryAddress.isEmpty(), "delivery.address-missing");
        lines.stream().filter(line -> !line.serialsComplete()).findFirst().ifPresent(line -> {
            throw new DomainException(
                    "delivery.serials-missing",
                    line.description(),
                    line.quantity().toPlainString());
        });
    }

    /** Issues the draft under {@code number}; from now on it never changes. */
    public void issue(DeliveryNoteNumber number, StaffId by, Instant at) {
        requireIssuable();
        DomainException.require(number.kind() == kind, "delivery.number-invalid", number.toString());
        this.status = Status.ISSUED;
        this.issue = Optional.of(new Issue(number, Objects.requireNonNull(by, "by"), Objects.requireNonNull(at)));
    }

    /** Records the customer's signature: who took it, on which day (not in the future, not before it was issued). */
    public void received(String by, LocalDate on, LocalDate today) {
        DomainException.require(status == Status.ISSUED, "delivery.not-open-for-receipt", label());
        String receiver = Texts.required(by, MAX_RECEIVER, "delivery.receiver-missing", "delivery.receiver-too-long");
        DomainException.require(on != null && !on.isAfter(today), "delivery.receipt-date-invalid");
        this.receipt = Optional.of(new Receipt(receiver, on));
        this.status = Status.RECEIVED;
    }

    /** Hands an issued note to billing; true when it changed, false when it was handed over already. */
    public boolean billed(Instant at) {
        DomainException.require(status != Status.DRAFT, "delivery.not-issued");
        if (status == Status.BILLED) {
            return false;
        }
        this.status = Status.BILLED;
        this.billedAt = Optional.of(at);
        return true;
    }

    /** A new draft with the same lines that puts this issued note right; it refers to this one. */
    public DeliveryNote correction(LocalDate today) {
        DomainException.require(status != Status.DRAFT, "delivery.not-issued");
        return new DeliveryNote(
                DeliveryNoteId.newId(),
                kind,
                customerId,
                ticketId,
                orderNumber,
                today,
                Optional.of(id),
                revision + 1,
                deliveryAddress,
                lines,
                Status.DRAFT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
    }

    /**
     * A return note (Rücklieferschein) for what comes back of this issued delivery: the given quantity of each line
     * by its key, never more than was delivered.
     */
    public DeliveryNote returnOf(Map<String, BigDecimal> returned, LocalDate today) {
        DomainException.require(kind == Kind.DELIVERY && status != Status.DRAFT, "delivery.return-needs-issued");
        DomainException.require(!returned.isEmpty(), "delivery.no-lines");
        Map<String, DeliveryLine> byKey =
                lines.stream().collect(Collectors.toMap(DeliveryLine::key, Function.identity()));
        List<DeliveryLine> back = new ArrayList<>();
        returned.forEach((key, quantity) -> {
            DeliveryLine delivered = byKey.get(key);
            DomainException.require(delivered != null, "delivery.no-such-line");
            BigDecimal amount = DeliveryLine.quantity(quantity, delivered.description());
            DomainException.require(
                    amount.compareTo(delivered.quantity()) <= 0,
                    "delivery.return-too-much",
                    delivered.description(),
                    delivered.quantity().toPlainString());
            back.add(new DeliveryLine(
                    key,
                    delivered.articleNumber(),
                    delivered.description(),
                    amount,
                    delivered.unit(),
                    List.of(),
                    false,
                    delivered.source(),
                    delivered.extra()));
        });
        back.sort(java.util.Comparator.comparingInt(line -> position(line.key())));
        return new DeliveryNote(
                DeliveryNoteId.newId(),
                Kind.RETURN,
                customerId,
                ticketId,
                orderNumber,
                today,
                Optional.of(id),
                1,
                deliveryAddress,
                back,
                Status.DRAFT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
    }

    /** Whether it is a delivery that is out: issued, received or billed. */
    public boolean issuedDelivery() {
        return kind == Kind.DELIVERY && status != Status.DRAFT;
    }

    /** How messages name it: its number once issued, else the day of the draft. */
    public String label() {
        return issue.map(i -> i.number().toString()).orElse(day.toString());
    }

    private void requireDraft() {
        DomainException.require(status == Status.DRAFT, "delivery.issued-unchangeable", label());
    }

    private int position(String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public DeliveryNoteId id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public TicketId ticketId() {
        return ticketId;
    }

    public Optional<String> orderNumber() {
        return orderNumber;
    }

    public LocalDate day() {
        return day;
    }

    public Optional<DeliveryNoteId> refersTo() {
        return refersTo;
    }

    public int revision() {
        return revision;
    }

    public String deliveryAddress() {
        return deliveryAddress;
    }

    public List<DeliveryLine> lines() {
        return List.copyOf(lines);
    }

    public Status status() {
        return status;
    }

    public Optional<Issue> issue() {
        return issue;
    }

    public Optional<DeliveryNoteNumber> number() {
        return issue.map(Issue::number);
    }

    public Optional<Receipt> receipt() {
        return receipt;
    }

    public Optional<Instant> billedAt() {
        return billedAt;
    }

    @Override
    public long version() {
        return version;
    }
}
