package de.servicebot.adapter.postgres;

import de.servicebot.core.delivery.DeliveryNote;
import de.servicebot.core.delivery.DeliveryNoteNumber;
import de.servicebot.core.delivery.DeliveryNoteNumbers;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * One counter row per kind and year, counted up with an upsert inside the issuing transaction: the row stays locked
 * until it ends, so notes issued at once queue for a moment, and a rolled-back issue gives its number back.
 */
class JdbcDeliveryNoteNumbers implements DeliveryNoteNumbers {

    private final NamedParameterJdbcOperations jdbc;

    JdbcDeliveryNoteNumbers(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DeliveryNoteNumber next(DeliveryNote.Kind kind, int year) {
        Integer sequence = jdbc.queryForObject("""
                        insert into delivery_note_counter (kind, year, last_sequence) values (:kind, :year, 1)
                        on conflict (kind, year)
                        do update set last_sequence = delivery_note_counter.last_sequence + 1
                        returning last_sequence""", Map.of("kind", kind.name(), "year", year), Integer.class);
        return new DeliveryNoteNumber(kind, year, sequence);
    }
}
