package de.servicebot.adapter.postgres;

import de.servicebot.core.checklist.Checklist;
import de.servicebot.core.checklist.ChecklistId;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.checklist.ChecklistRepository;
import de.servicebot.core.checklist.Tick;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A checklist is one row guarded by its version plus a row per point. Saving a ticked checklist moves the version on
 * only if it is still the one read, so of two people ticking at once the second gets {@code concurrent-change} and
 * reads again, and no tick is lost.
 */
class JdbcChecklistRepository implements ChecklistRepository {

    private static final String SELECT = "select c.id, c.ticket_id, c.name, c.version, i.position, i.text, i.required,"
            + " i.in_order, i.note_required, i.evidence_label, i.done_by, i.done_at, i.note, i.evidence"
            + " from checklist c join checklist_item i on i.checklist_id = c.id ";

    private final NamedParameterJdbcOperations jdbc;

    JdbcChecklistRepository(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Checklist save(Checklist checklist) {
        Map<String, Object> head = Map.of(
                "id", checklist.id().value(),
                "ticket", checklist.ticketId().value(),
                "name", checklist.name(),
                "version", Versions.rowBefore(checklist),
                "next", Versions.rowAfter(checklist));
        if (checklist.isNew()) {
            jdbc.update(
                    "insert into checklist (id, ticket_id, name, version) values (:id, :ticket, :name, :next)", head);
            List<ChecklistItem> items = checklist.items();
            SqlParameterSource[] rows = new SqlParameterSource[items.size()];
            for (int i = 0; i < items.size(); i++) {
                rows[i] = new MapSqlParameterSource(ChecklistItemRows.params(i + 1, items.get(i)))
                        .addValue("owner", checklist.id().value());
            }
            jdbc.batchUpdate(ChecklistItemRows.insert("checklist_item", "checklist_id"), rows);
        } else {
            int moved = jdbc.update("update checklist set version = :next where id = :id and version = :version", head);
            if (moved == 0) {
                throw new DomainException(Versioned.CONCURRENT_CHANGE);
            }
        }
        List<Optional<Tick>> ticks = checklist.ticks();
        SqlParameterSource[] states = new SqlParameterSource[ticks.size()];
        for (int i = 0; i < ticks.size(); i++) {
            Optional<Tick> tick = ticks.get(i);
            states[i] = new MapSqlParameterSource()
                    .addValue("id", checklist.id().value())
                    .addValue("position", i + 1)
                    .addValue("by", tick.map(t -> t.by().value()).orElse(null))
                    .addValue("at", tick.map(t -> Timestamp.from(t.at())).orElse(null))
                    .addValue("note", tick.map(Tick::note).orElse(null))
                    .addValue("evidence", tick.map(Tick::evidence).orElse(null));
        }
        jdbc.batchUpdate("""
                update checklist_item set done_by = :by, done_at = :at, note = :note, evidence = :evidence
                where checklist_id = :id and position = :position""", states);
        return Checklist.restore(
                checklist.id(),
                checklist.ticketId(),
                checklist.name(),
                checklist.items(),
                ticks,
                checklist.version() + 1);
    }

    @Override
    public Optional<Checklist> findById(ChecklistId id) {
        return read(SELECT + "where c.id = :id order by i.position", Map.of("id", id.value())).stream()
                .findFirst();
    }

    @Override
    public List<Checklist> findByTicket(TicketId ticketId) {
        return read(
                SELECT + "where c.ticket_id = :ticket order by c.seq, i.position", Map.of("ticket", ticketId.value()));
    }

    private List<Checklist> read(String sql, Map<String, Object> params) {
        Map<UUID, Rows> byId = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Rows rows = byId.computeIfAbsent(id, k -> new Rows());
            rows.ticketId = rs.getObject("ticket_id", UUID.class);
            rows.name = rs.getString("name");
            rows.version = Versions.fromRow(rs.getLong("version"));
            rows.items.add(ChecklistItemRows.read(rs));
            rows.ticks.add(tick(rs));
        });
        List<Checklist> checklists = new ArrayList<>();
        byId.forEach((id, rows) -> checklists.add(Checklist.restore(
                new ChecklistId(id), new TicketId(rows.ticketId), rows.name, rows.items, rows.ticks, rows.version)));
        return checklists;
    }

    private static Optional<Tick> tick(ResultSet rs) throws SQLException {
        UUID by = rs.getObject("done_by", UUID.class);
        if (by == null) {
            return Optional.empty();
        }
        return Optional.of(new Tick(
                new StaffId(by),
                rs.getTimestamp("done_at").toInstant(),
                rs.getString("note"),
                rs.getString("evidence")));
    }

    private static final class Rows {
        private UUID ticketId;
        private String name;
        private long version;
        private final List<ChecklistItem> items = new ArrayList<>();
        private final List<Optional<Tick>> ticks = new ArrayList<>();
    }
}
