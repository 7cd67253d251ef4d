package de.servicebot.core.call;

import de.servicebot.core.ticket.TicketId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryCallLogRepository implements CallLogRepository {

    private final List<CallLog> calls = new CopyOnWriteArrayList<>();

    @Override
    public void add(CallLog call) {
        calls.add(call);
    }

    @Override
    public List<CallLog> findByTicket(TicketId ticketId) {
        return calls.stream()
                .filter(c -> c.ticketId().equals(ticketId))
                .sorted(Comparator.comparing(CallLog::loggedAt))
                .toList();
    }
}
