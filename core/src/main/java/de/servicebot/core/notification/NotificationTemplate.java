package de.servicebot.core.notification;

import java.util.Set;

/** The messages Servicebot sends, each with the values its texts need. */
public enum NotificationTemplate {
    /** To the customer's contact when a ticket is forwarded: the support request was received. */
    TICKET_RECEIVED("ticket-received", Set.of("ticketNumber", "subject", "contactName"), Set.of("appointment", "text")),
    /** To the person handling a ticket: somebody called or sent information about it. */
    CALL_LOGGED(
            "call-logged",
            Set.of("ticketNumber", "subject", "callerName", "summary", "loggedBy", "callbackWanted"),
            Set.of("callerPhone")),
    /** To a technician: a ticket made from an order was handed to them. */
    TICKET_ASSIGNED(
            "ticket-assigned",
            Set.of("ticketNumber", "subject", "customerName", "assignedBy"),
            Set.of("orderNumber", "checklistPoints", "appointment", "note")),
    /** To the technician who had a ticket until it was forwarded to someone else. */
    TICKET_REASSIGNED(
            "ticket-reassigned", Set.of("ticketNumber", "subject", "customerName", "assignedBy", "assignee"), Set.of()),
    /** To the person who opened a ticket: it was resolved, with what was done. */
    TICKET_RESOLVED(
            "ticket-resolved", Set.of("ticketNumber", "subject", "customerName", "resolvedBy", "resolution"), Set.of()),
    /** To the customer's contact, when the person resolving the ticket ticks it: the request is done. */
    TICKET_SOLVED("ticket-solved", Set.of("ticketNumber", "subject", "contactName"), Set.of()),
    /** To the assignee: a resolved ticket was reopened, with the reason. */
    TICKET_REOPENED("ticket-reopened", Set.of("ticketNumber", "subject", "reopenedBy", "reason"), Set.of());

    private final String fileName;
    private final Set<String> required;
    private final Set<String> optional;

    NotificationTemplate(String fileName, Set<String> required, Set<String> optional) {
        this.fileName = fileName;
        this.required = required;
        this.optional = optional;
    }

    /** The base name of the template files, e.g. {@code ticket-received}. */
    public String fileName() {
        return fileName;
    }

    public Set<String> requiredValues() {
        return required;
    }

    public Set<String> optionalValues() {
        return optional;
    }
}
