package de.servicebot.core.stock;

import de.servicebot.core.delivery.Material;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Material a technician hands to the back office (Innendienst) to book, instead of recording it on the delivery note:
 * the article, quantity and packaging unit (Verpackungseinheit). The back office books it, or asks back (Rückfrage)
 * and the technician answers; booked is final.
 */
public final class StockRequest implements Versioned {

    public static final int MAX_TEXT = 1000;

    public enum Status {
        OPEN,
        /** The back office asked back and waits for the technician's answer. */
        QUERIED,
        BOOKED
    }

    private final StockRequestId id;
    private final TicketId ticketId;
    private final StaffId requestedBy;
    private final Instant requestedAt;
    private final Material material;
    private final String note;
    private Status status;
    private String question;
    private String answer;
    private StaffId bookedBy;
    private Instant bookedAt;
    private final long version;

    private StockRequest(
            StockRequestId id,
            TicketId ticketId,
            StaffId requestedBy,
            Instant requestedAt,
            Material material,
            String note,
            Status status,
            String question,
            String answer,
            StaffId bookedBy,
            Instant bookedAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.ticketId = Objects.requireNonNull(ticketId, "ticketId");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.material = Objects.requireNonNull(material, "material");
        DomainException.require(!material.unit().isEmpty(), "delivery.unit-missing");
        this.note = Texts.optional(note, MAX_TEXT, "stock.text-too-long");
        this.status = Objects.requireNonNull(status, "status");
        this.question = question == null ? "" : question;
        this.answer = answer == null ? "" : answer;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
        this.version = version;
    }

    /** A new request; the packaging unit is required, since the back office books by it. */
    public static StockRequest hand(TicketId ticketId, Material material, String note, StaffId by, Instant now) {
        return new StockRequest(
                StockRequestId.newId(), ticketId, by, now, material, note, Status.OPEN, "", "", null, null, 0);
    }

    public static StockRequest restore(
            StockRequestId id,
            TicketId ticketId,
            StaffId requestedBy,
            Instant requestedAt,
            Material material,
            String note,
            Status status,
            String question,
            String answer,
            Optional<StaffId> bookedBy,
            Optional<Instant> bookedAt,
            long version) {
        return new StockRequest(
                id,
                ticketId,
                requestedBy,
                requestedAt,
                material,
                note,
                status,
                question,
                answer,
                bookedBy.orElse(null),
                bookedAt.orElse(null),
                version);
    }

    public StockRequest withVersion(long newVersion) {
        return new StockRequest(
                id,
                ticketId,
                requestedBy,
                requestedAt,
                material,
                note,
                status,
                question,
                answer,
                bookedBy,
                bookedAt,
                newVersion);
    }

    /** Booked by the back office; true when it changed, false when it was booked already. */
    public boolean book(StaffId by, Instant at) {
        if (status == Status.BOOKED) {
            return false;
        }
        this.status = Status.BOOKED;
        this.bookedBy = Objects.requireNonNull(by, "by");
        this.bookedAt = Objects.requireNonNull(at, "at");
        return true;
    }

    /** The back office asks back; only while it is open. */
    public void query(String text) {
        DomainException.require(status == Status.OPEN, "stock.not-open");
        this.question = Texts.required(text, MAX_TEXT, "stock.question-missing", "stock.text-too-long");
        this.status = Status.QUERIED;
    }

    /** The technician answers the question; the request is open again. Only the technician who handed it. */
    public void answer(String text, StaffId by) {
        DomainException.require(status == Status.QUERIED, "stock.not-queried");
        DomainException.require(requestedBy.equals(by), "stock.only-requester");
        this.answer = Texts.required(text, MAX_TEXT, "stock.answer-missing", "stock.text-too-long");
        this.status = Status.OPEN;
    }

    public boolean waiting() {
        return status != Status.BOOKED;
    }

    public StockRequestId id() {
        return id;
    }

    public TicketId ticketId() {
        return ticketId;
    }

    public StaffId requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Material material() {
        return material;
    }

    public String note() {
        return note;
    }

    public Status status() {
        return status;
    }

    public String question() {
        return question;
    }

    public String answer() {
        return answer;
    }

    public Optional<StaffId> bookedBy() {
        return Optional.ofNullable(bookedBy);
    }

    public Optional<Instant> bookedAt() {
        return Optional.ofNullable(bookedAt);
    }

    @Override
    public long version() {
        return version;
    }
}
