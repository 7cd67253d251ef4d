package de.servicebot.core.call;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * A call or a piece of information logged on a ticket: who called (name, and a number to call back), what it was
 * about, and whether a callback is wanted. Once logged it is part of the ticket's history and does not change.
 */
public record CallLog(
        CallLogId id,
        TicketId ticketId,
        String callerName,
        String callerPhone,
        String summary,
        boolean callbackWanted,
        StaffId loggedBy,
        Instant loggedAt) {

    public static final int MAX_CALLER = 120;
    public static final int MAX_SUMMARY = 4000;

    public CallLog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        callerName = Texts.required(callerName, MAX_CALLER, "call.caller-missing", "call.caller-too-long");
        callerPhone = Texts.phone(callerPhone, "call.phone-invalid", "call.phone-too-long");
        DomainException.require(!callbackWanted || !callerPhone.isEmpty(), "call.phone-missing-for-callback");
        summary = Texts.required(summary, MAX_SUMMARY, "call.summary-missing", "call.summary-too-long");
        Objects.requireNonNull(loggedBy, "loggedBy");
        Objects.requireNonNull(loggedAt, "loggedAt");
    }

    public static CallLog log(
            TicketId ticketId,
            String callerName,
            String callerPhone,
            String summary,
            boolean callbackWanted,
            StaffId loggedBy,
            Instant now) {
        return new CallLog(
                CallLogId.newId(), ticketId, callerName, callerPhone, summary, callbackWanted, loggedBy, now);
    }
}
