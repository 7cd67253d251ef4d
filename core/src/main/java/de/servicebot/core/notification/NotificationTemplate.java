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
            Set.of("orderNumber", "checklistPoints", "appointment"));

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
