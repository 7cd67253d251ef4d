package de.servicebot.adapter.postgres;

import de.servicebot.core.shared.HandledRequests;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A key is claimed by inserting it; PostgreSQL's {@code on conflict do nothing} makes a second claim wait for the
 * first one's transaction and then see it, so two instances racing for one key cannot both win.
 */
class JdbcHandledRequests implements HandledRequests {

    private final JdbcClient jdbc;

    JdbcHandledRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "Not a request key: " + (key == null ? "null" : key.length() + " chars"));
        }
        return jdbc.sql("insert into handled_request (key) values (:key) on conflict (key) do nothing")
                        .param("key", key)
                        .update()
                == 1;
    }

    @Override
    public int forgetBefore(Instant before) {
        return jdbc.sql("delete from handled_request where handled_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }
}
