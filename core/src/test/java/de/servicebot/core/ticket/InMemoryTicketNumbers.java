package de.servicebot.core.ticket;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryTicketNumbers implements TicketNumbers {

    private final Map<Integer, Integer> last = new ConcurrentHashMap<>();

    @Override
    public TicketNumber next(int year) {
        return new TicketNumber(year, last.merge(year, 1, Integer::sum));
    }
}
