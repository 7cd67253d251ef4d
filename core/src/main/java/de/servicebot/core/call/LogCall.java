package de.servicebot.core.call;

import de.servicebot.core.ticket.TicketId;
import java.util.Objects;

/** A call or information to log on a ticket, as the person who took it enters it. */
public record LogCall(
        TicketId ticketId, String callerName, String callerPhone, String summary, boolean callbackWanted) {

    public LogCall {
        Objects.requireNonNull(ticketId, "ticketId");
    }
}
