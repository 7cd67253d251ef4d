package de.servicebot.adapter.postgres;

import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffId;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * One row per person and channel, replaced whenever the person writes, unless nothing would change: the same
 * reference, saved less than a minute ago, with no other channel used since. That keeps "the channel used last"
 * exact and spares a write for nearly every message.
 */
class JdbcChatReferences implements ChatReferences {

    private final NamedParameterJdbcOperations jdbc;

    JdbcChatReferences(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(StaffId staff, String channel, String reference) {
        jdbc.update("""
                        insert into chat_reference (staff_id, channel, reference, updated_at)
                        values (:staff, :channel, :reference, now())
                        on conflict (staff_id, channel)
                        do update set reference = excluded.reference, updated_at = excluded.updated_at
                        where chat_reference.reference <> excluded.reference
                           or chat_reference.updated_at < now() - interval '1 minute'
                           or exists (select 1 from chat_reference other
                                      where other.staff_id = excluded.staff_id
                                        and other.channel <> excluded.channel
                                        and other.updated_at >= chat_reference.updated_at)""", Map.of("staff", staff.value(), "channel", channel, "reference", reference));
    }

    @Override
    public Optional<String> lastUsed(StaffId staff) {
        return jdbc
                .queryForList(
                        "select channel from chat_reference where staff_id = :staff order by updated_at desc limit 1",
                        Map.of("staff", staff.value()),
                        String.class)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> find(StaffId staff, String channel) {
        return jdbc
                .queryForList(
                        "select reference from chat_reference where staff_id = :staff and channel = :channel",
                        Map.of("staff", staff.value(), "channel", channel),
                        String.class)
                .stream()
                .findFirst();
    }
}
