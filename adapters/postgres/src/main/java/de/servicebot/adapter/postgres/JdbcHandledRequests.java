package de.servicebot.adapter.postgres;

import de.servicebot.core.shared.HandledRequests;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * A key is claimed by inserting it; PostgreSQL's {@code on conflict do nothing} makes a second claim wait for the
 * first one's transaction and then see it, so two instances racing for one key cannot both win.
 */
class JdbcHandledRequests implements HandledRequests {

    private final NamedParameterJdbcOperations jdbc;

    JdbcHandledRequests(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "Not a request key: " + (key == null ? "null" : key.length() + " chars"));
        }
        return jdbc.update(
                        "insert into handled_request (key) values (:key) on conflict (key) do nothing",
                        Map.of("key", key))
                == 1;
    }

    @Override
    public int forgetBefore(Instant before) {
        return jdbc.update(
                "delete from handled_request where handled_at < :before", Map.of("before", Timestamp.from(before)));
    }
}
