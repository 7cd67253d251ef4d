package de.servicebot.adapter.postgres;

import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One row per person and channel, replaced whenever the person writes. */
class JdbcChatReferences implements ChatReferences {

    private final JdbcClient jdbc;

    JdbcChatReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(StaffId staff, String channel, String reference) {
        jdbc.sql("""
                        insert into chat_reference (staff_id, channel, reference, updated_at)
                        values (:staff, :channel, :reference, now())
                        on conflict (staff_id, channel)
                        do update set reference = excluded.reference, updated_at = excluded.updated_at""")
                .param("staff", staff.value())
                .param("channel", channel)
                .param("reference", reference)
                .update();
    }

    @Override
    public Optional<String> find(StaffId staff, String channel) {
        return jdbc.sql("select reference from chat_reference where staff_id = :staff and channel = :channel")
                .param("staff", staff.value())
                .param("channel", channel)
                .query(String.class)
                .optional();
    }
}
