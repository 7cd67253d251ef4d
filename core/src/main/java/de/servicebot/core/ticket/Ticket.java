package de.servicebot.core.ticket;

import de.servicebot.core.catalog.CategoryId;
import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.customer.ContactId;
import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket. It is opened with customer, contact, type and main category (none may be missing), forwarded to a
 * technician, worked, resolved and closed. Every transition checks the lifecycle in {@link TicketStatus} and throws
 * {@code ticket.invalid-transition} when it does not allow the move; a closed ticket cannot be changed.
 */
public final class Ticket implements Versioned {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_DESCRIPTION = 8000;
    /** The longest internal note, resolution note or reopening reason. */
    public static final int MAX_NOTE = 2000;

    private final TicketId id;
    private final TicketNumber number;
    private final CustomerId customerId;
    private final ContactId contactId;
    private final TicketTypeId typeId;
    private final CategoryId categoryId;
    private String subject;
    private String description;
    private TicketStatus status;
    private StaffId assignee;
    private Appointment appointment;
    private TicketHandling handling;
    private final StaffId createdBy;
    private final Instant createdAt;
    private final long version;

    private Ticket(
            TicketId id,
            TicketNumber number,
            OpenTicket what,
            TicketStatus status,
            StaffId assignee,
            Appointment appointment,
            TicketHandling handling,
            StaffId createdBy,
            Instant createdAt,
            long version) {
        this.handling = Objects.requireNonNull(handling, "handling");
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.customerId = what.customerId();
        this.contactId = what.contactId();
        this.typeId = what.typeId();
        this.categoryId = what.categoryId();
        this.subject = what.subject();
        this.description = what.description();
        this.status = Objects.requireNonNull(status, "status");
        this.assignee = assignee;
        this.appointment = appointment;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /** Opens a new ticket under the given number; {@link OpenTicket} has already checked that nothing is missing. */
    public static Ticket open(OpenTicket what, TicketNumber number, StaffId createdBy, Instant now) {
        return new Ticket(
                TicketId.newId(), number, what, TicketStatus.NEW, null, null, TicketHandling.NONE, createdBy, now, 0);
    }

    public static Ticket restore(
            TicketId id,
            TicketNumber number,
            OpenTicket what,
            TicketStatus status,
            Optional<StaffId> assignee,
            Optional<Appointment> appointment,
            TicketHandling handling,
            StaffId createdBy,
            Instant createdAt,
            long version) {
        return new Ticket(
                id,
                number,
                what,
                status,
                assignee.orElse(null),
                appointment.orElse(null),
                handling,
                createdBy,
                createdAt,
                version);
    }

    /**
     * Hands the ticket to a technician (weiterleiten). Only an active person with the technician role can take a
     * ticket; forwarding again hands it to someone else.
     */
    public void forwardTo(StaffMember technician) {
        forwardTo(technician, Optional.empty(), "");
    }

    /**
     * Hands the ticket to a technician, with the appointment agreed with the customer, if there is one, and an internal
     * note for the technician (it replaces the note of an earlier forward; the history keeps every one).
     */
    public void forwardTo(StaffMember technician, Optional<Appointment> agreedAppointment, String note) {
        DomainException.require(
                technician.active() && technician.hasRole(Role.TECHNICIAN),
                "ticket.assignee-not-technician",
                technician.name());
        String checked = Texts.optional(note, MAX_NOTE, "ticket.note-too-long");
        moveTo(TicketStatus.FORWARDED);
        this.assignee = technician.id();
        agreedAppointment.ifPresent(agreed -> this.appointment = agreed);
        this.handling = new TicketHandling(handling.receiptSentAt(), checked, handling.resolution());
    }

    /** The customer's receipt went out; later forwards no longer send one unless the person asks again. */
    public void receiptSent(Instant at) {
        if (handling.receiptSentAt().isEmpty()) {
            this.handling = new TicketHandling(Optional.of(at), handling.note(), handling.resolution());
        }
    }

    /** Whether forwarding tells the customer unless the person says otherwise: only while no receipt went out. */
    public boolean receiptByDefault() {
        return handling.receiptSentAt().isEmpty();
    }

    /**
     * Whether the person may resolve the ticket now: its assignee or an admin, with the permission, while the
     * lifecycle allows it.
     */
    public boolean resolvableBy(StaffMember person) {
        return person.active()
                && person.may(Permission.RESOLVE_TICKET)
                && (person.id().equals(assignee) || person.hasRole(Role.ADMIN))
                && status.canMoveTo(TicketStatus.RESOLVED);
    }

    /**
     * Whether the person may reopen the ticket now: a resolved one by whoever forwards tickets (sales, technicians,
     * admins), a closed one by an admin only.
     */
    public boolean reopenableBy(StaffMember person) {
        if (!person.active()) {
            return false;
        }
        return switch (status) {
            case RESOLVED -> person.may(Permission.FORWARD_TICKET);
            case CLOSED -> person.hasRole(Role.ADMIN);
            default -> false;
        };
    }

    /**
     * Whether the person may set, move or cancel the ticket's appointment now: the ticket is forwarded to a technician
     * and still open, and the person is its assignee or may forward tickets (sales, technicians, admins).
     */
    public boolean schedulableBy(StaffMember person) {
        return person.active()
                && assignee != null
                && status.isOpen()
                && (person.id().equals(assignee) || person.may(Permission.FORWARD_TICKET));
    }

    /**
     * Sets or moves the appointment agreed with the customer; returns the one it replaces. Throws
     * {@code ticket.appointment-not-allowed} when {@link #schedulableBy} says no and
     * {@code ticket.appointment-unchanged} when nothing would change.
     */
    public Optional<Appointment> schedule(Appointment agreed, StaffMember by) {
        requireNotClosed();
        DomainException.require(schedulableBy(by), "ticket.appointment-not-allowed", number.toString());
        DomainException.require(!agreed.equals(appointment), "ticket.appointment-unchanged");
        Optional<Appointment> replaced = appointment();
        this.appointment = Objects.requireNonNull(agreed, "agreed");
        return replaced;
    }

    /** Cancels the appointment (abgesagt); returns it. Throws {@code ticket.no-appointment} when there is none. */
    public Appointment cancelAppointment(StaffMember by) {
        requireNotClosed();
        DomainException.require(schedulableBy(by), "ticket.appointment-not-allowed", number.toString());
        DomainException.require(appointment != null, "ticket.no-appointment", number.toString());
        Appointment cancelled = appointment;
        this.appointment = null;
        return cancelled;
    }

    /** The assignee starts working on the ticket. */
    public void start(StaffId by) {
        DomainException.require(by.equals(assignee), "ticket.not-assignee", number.toString());
        moveTo(TicketStatus.IN_PROGRESS);
    }

    /**
     * Resolves the ticket (gelöst) with what was done; throws {@code ticket.resolve-not-allowed} for anyone but the
     * assignee or an admin and {@code ticket.resolution-missing} without a note.
     */
    public void resolve(String resolution, StaffMember by) {
        requireNotClosed();
        DomainException.require(
                status.canMoveTo(TicketStatus.RESOLVED),
                "ticket.invalid-transition",
                number.toString(),
                status,
                TicketStatus.RESOLVED);
        DomainException.require(resolvableBy(by), "ticket.resolve-not-allowed", number.toString());
        String note = Texts.required(resolution, MAX_NOTE, "ticket.resolution-missing", "ticket.resolution-too-long");
        moveTo(TicketStatus.RESOLVED);
        this.handling = new TicketHandling(handling.receiptSentAt(), handling.note(), note);
    }

    /**
     * Reopens a resolved (or, by an admin, a closed) ticket with the reason; it goes back to its assignee, in
     * progress, and the resolution note is cleared. Throws {@code ticket.reopen-not-allowed} and
     * {@code ticket.reopen-reason-missing}.
     */
    public String reopen(String reason, StaffMember by) {
        DomainException.require(
                status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED,
                "ticket.not-resolved",
                number.toString());
        DomainException.require(reopenableBy(by), "ticket.reopen-not-allowed", number.toString());
        String checked =
                Texts.required(reason, MAX_NOTE, "ticket.reopen-reason-missing", "ticket.reopen-reason-too-long");
        this.status = TicketStatus.IN_PROGRESS;
        this.handling = new TicketHandling(handling.receiptSentAt(), handling.note(), "");
        return checked;
    }

    public void close() {
        moveTo(TicketStatus.CLOSED);
    }

    /** The description stays editable until the ticket is closed. */
    public void describe(String description) {
        requireNotClosed();
        this.description = OpenTicket.checkedDescription(description);
    }

    public void retitle(String subject) {
        requireNotClosed();
        this.subject = OpenTicket.checkedSubject(subject);
    }

    private void moveTo(TicketStatus target) {
        requireNotClosed();
        DomainException.require(
                status.canMoveTo(target), "ticket.invalid-transition", number.toString(), status, target);
        this.status = target;
    }

    private void requireNotClosed() {
        DomainException.require(status != TicketStatus.CLOSED, "ticket.closed", number.toString());
    }

    public TicketId id() {
        return id;
    }

    public TicketNumber number() {
        return number;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public ContactId contactId() {
        return contactId;
    }

    public TicketTypeId typeId() {
        return typeId;
    }

    public CategoryId categoryId() {
        return categoryId;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public TicketStatus status() {
        return status;
    }

    public Optional<StaffId> assignee() {
        return Optional.ofNullable(assignee);
    }

    /** The appointment agreed with the customer (Termin), if any. */
    public Optional<Appointment> appointment() {
        return Optional.ofNullable(appointment);
    }

    /** The receipt's time, the internal note and the resolution note. */
    public TicketHandling handling() {
        return handling;
    }

    public StaffId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public long version() {
        return version;
    }

    /** The fields a ticket is opened with, as they are stored. */
    public OpenTicket content() {
        return new OpenTicket(customerId, contactId, typeId, categoryId, subject, description);
    }
}
