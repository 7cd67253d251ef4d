package de.servicebot.core.notification;

import java.util.List;
import java.util.Set;

/**
 * The messages Servicebot sends, each with the values its texts need, in the order a chat text takes them (required
 * values as its arguments, each optional one that is present as a sentence of its own).
 */
public enum NotificationTemplate {
    /** To the customer's contact when a ticket is forwarded: the support request was received. */
    TICKET_RECEIVED(
            "ticket-received", List.of("ticketNumber", "subject", "contactName"), List.of("appointment", "text")),
    /** To the person handling a ticket: somebody called or sent information about it. */
    CALL_LOGGED(
            "call-logged",
            List.of("loggedBy", "ticketNumber", "subject", "callerName", "summary", "callbackWanted"),
            List.of("callerPhone")),
    /** To a technician: a ticket was handed to them. */
    TICKET_ASSIGNED(
            "ticket-assigned",
            List.of("assignedBy", "ticketNumber", "subject", "customerName"),
            List.of("orderNumber", "appointment", "note", "checklistPoints")),
    /** To the technician who had a ticket until it was forwarded to someone else. */
    TICKET_REASSIGNED(
            "ticket-reassigned",
            List.of("assignedBy", "ticketNumber", "subject", "customerName", "assignee"),
            List.of()),
    /** To the person who opened a ticket: it was resolved, with what was done. */
    TICKET_RESOLVED(
            "ticket-resolved",
            List.of("resolvedBy", "ticketNumber", "subject", "customerName", "resolution"),
            List.of()),
    /** To the customer's contact, when the person resolving the ticket ticks it: the request is done. */
    TICKET_SOLVED("ticket-solved", List.of("ticketNumber", "subject", "contactName"), List.of()),
    /** To the assignee: a resolved ticket was reopened, with the reason. */
    TICKET_REOPENED("ticket-reopened", List.of("reopenedBy", "ticketNumber", "subject", "reason"), List.of()),
    /**
     * To the assignee, when someone else set, moved or cancelled the ticket's appointment: the new one (none when
     * cancelled) and the one it replaces.
     */
    APPOINTMENT_CHANGED(
            "appointment-changed",
            List.of("changedBy", "ticketNumber", "subject", "customerName"),
            List.of("appointment", "previous")),
    /** To the customer's contact, when the person ticks it: the appointment agreed (or moved, from the previous one). */
    APPOINTMENT_CONFIRMED(
            "appointment-confirmed",
            List.of("ticketNumber", "subject", "contactName", "appointment"),
            List.of("previous")),
    /** To the customer's contact, when the person ticks it: the appointment is cancelled. */
    APPOINTMENT_CANCELLED(
            "appointment-cancelled", List.of("ticketNumber", "subject", "contactName", "previous"), List.of()),
    /** To the ticket's technician: sales issued the delivery note they take on site. */
    DELIVERY_NOTE_ISSUED(
            "delivery-note-issued",
            List.of("issuedBy", "number", "ticketNumber", "subject", "customerName"),
            List.of("appointment")),
    /** To the salesperson of the customer: a technician needs the delivery note for an on-site appointment. */
    DELIVERY_NOTE_WANTED(
            "delivery-note-wanted",
            List.of("askedBy", "ticketNumber", "subject", "customerName"),
            List.of("appointment")),
    /** To every back-office person: a technician hands material from stock to book ("Gebucht", "Rückfrage"). */
    STOCK_REQUESTED(
            "stock-requested",
            List.of("requestedBy", "material", "ticketNumber", "customerName"),
            List.of("note", "answer", "ticketId", "requestId")),
    /** To the technician: the back office booked the material. */
    STOCK_BOOKED("stock-booked", List.of("bookedBy", "material", "ticketNumber"), List.of()),
    /** To the technician: the back office asks back about the material ("Antworten"). */
    STOCK_QUERIED(
            "stock-queried",
            List.of("queriedBy", "material", "ticketNumber", "question"),
            List.of("ticketId", "requestId"));

    private final String fileName;
    private final List<String> required;
    private final List<String> optional;

    NotificationTemplate(String fileName, List<String> required, List<String> optional) {
        this.fileName = fileName;
        this.required = required;
        this.optional = optional;
    }

    /** The base name of the template files, e.g. {@code ticket-received}. */
    public String fileName() {
        return fileName;
    }

    /** The values every message of this template has, in the order a chat text takes them. */
    public List<String> required() {
        return required;
    }

    /** The values a message may have, in the order a chat text adds them. */
    public List<String> optional() {
        return optional;
    }

    /**
     * Whether a value is read by people (in mail and chat texts); values named {@code ...Id} only identify what a
     * chat notice's buttons act on (e.g. {@code requestId}) and appear in no text.
     */
    public static boolean shown(String value) {
        return !value.endsWith("Id");
    }

    public Set<String> requiredValues() {
        return Set.copyOf(required);
    }

    public Set<String> optionalValues() {
        return Set.copyOf(optional);
    }
}
