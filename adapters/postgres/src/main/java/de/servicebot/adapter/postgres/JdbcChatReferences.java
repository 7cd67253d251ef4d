package de.servicebot.adapter.postgres;

import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One row per person and channel, replaced whenever the person writes, unless nothing would change: the same
 * reference, saved less than a minute ago, with no other channel used since. That keeps "the channel used last"
 * exact and spares a write for nearly every message.
 */
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
                        do update set reference = excluded.reference, updated_at = excluded.updated_at
                        where chat_reference.reference <> excluded.reference
                           or chat_reference.updated_at < now() - interval '1 minute'
                           or exists (select 1 from chat_reference other
                                      where other.staff_id = excluded.staff_id
                                        and other.channel <> excluded.channel
                                        and other.updated_at >= chat_reference.updated_at)""")
                .param("staff", staff.value())
                .param("channel", channel)
                .param("reference", reference)
                .update();
    }

    @Override
    public Optional<String> lastUsed(StaffId staff) {
        return jdbc.sql("select channel from chat_reference where staff_id = :staff order by updated_at desc limit 1")
                .param("staff", staff.value())
                .query(String.class)
                .optional();
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
