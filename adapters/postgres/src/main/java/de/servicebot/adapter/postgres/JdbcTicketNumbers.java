package de.servicebot.adapter.postgres;

import de.servicebot.core.ticket.TicketNumber;
import de.servicebot.core.ticket.TicketNumbers;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * One counter row per year, counted up with an upsert. The row stays locked until the creating transaction ends,
 * so concurrent creations queue for a moment and a rolled-back creation gives its number back.
 */
class JdbcTicketNumbers implements TicketNumbers {

    private final NamedParameterJdbcOperations jdbc;

    JdbcTicketNumbers(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TicketNumber next(int year) {
        Integer sequence = jdbc.queryForObject("""
                        insert into ticket_number_counter (year, last_sequence) values (:year, 1)
                        on conflict (year) do update set last_sequence = ticket_number_counter.last_sequence + 1
                        returning last_sequence""", Map.of("year", year), Integer.class);
        return new TicketNumber(year, sequence);
    }
}
