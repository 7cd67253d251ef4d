package de.servicebot.core.call;

import de.servicebot.core.ticket.TicketId;
import java.util.List;

/** Stores logged calls; they are only ever added. */
public interface CallLogRepository {

    void add(CallLog call);

    /** The ticket's calls, oldest first. */
    List<CallLog> findByTicket(TicketId ticketId);
}
