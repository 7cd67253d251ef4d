package de.servicebot.adapter.postgres;

import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.checklist.ChecklistTemplate;
import de.servicebot.core.checklist.ChecklistTemplateId;
import de.servicebot.core.checklist.ChecklistTemplates;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Template revisions are only ever inserted; the newest per type and name is the one in use. */
class JdbcChecklistTemplates implements ChecklistTemplates {

    private static final String CURRENT = """
            select t.id, t.type_id, t.name, t.revision, t.changed_by, t.changed_at, i.position, i.text, i.required,
                   i.in_order, i.note_required, i.evidence_label
            from (select distinct on (name) * from checklist_template
                  where type_id = :type and (:name = '' or name = :name)
                  order by name, revision desc) t
            join checklist_template_item i on i.template_id = t.id
            order by t.name, i.position""";

    private final NamedParameterJdbcOperations jdbc;

    JdbcChecklistTemplates(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChecklistTemplate add(ChecklistTemplate revision) {
        try {
            jdbc.update(
                    """
                    insert into checklist_template (id, type_id, name, revision, changed_by, changed_at)
                    values (:id, :type, :name, :revision, :by, :at)""",
                    Map.of(
                            "id", revision.id().value(),
                            "type", revision.typeId().value(),
                            "name", revision.name(),
                            "revision", revision.revision(),
                            "by", revision.changedBy().value(),
                            "at", Timestamp.from(revision.changedAt())));
        } catch (DuplicateKeyException sameRevision) {
            throw new DomainException(Versioned.CONCURRENT_CHANGE);
        }
        List<ChecklistItem> items = revision.items();
        SqlParameterSource[] rows = new SqlParameterSource[items.size()];
        for (int i = 0; i < items.size(); i++) {
            rows[i] = new MapSqlParameterSource(ChecklistItemRows.params(i + 1, items.get(i)))
                    .addValue("owner", revision.id().value());
        }
        jdbc.batchUpdate(ChecklistItemRows.insert("checklist_template_item", "template_id"), rows);
        return revision;
    }

    @Override
    public List<ChecklistTemplate> currentFor(TicketTypeId typeId) {
        return read(typeId, "");
    }

    @Override
    public Optional<ChecklistTemplate> current(TicketTypeId typeId, String name) {
        return name.isEmpty() ? Optional.empty() : read(typeId, name).stream().findFirst();
    }

    private List<ChecklistTemplate> read(TicketTypeId typeId, String name) {
        List<Row> rows = jdbc.query(
                CURRENT,
                Map.of("type", typeId.value(), "name", name),
                (rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("revision"),
                        new StaffId(rs.getObject("changed_by", UUID.class)),
                        rs.getTimestamp("changed_at").toInstant(),
                        ChecklistItemRows.read(rs)));
        Map<UUID, List<Row>> byTemplate = new LinkedHashMap<>();
        rows.forEach(row ->
                byTemplate.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(row));
        return byTemplate.values().stream()
                .map(points -> {
                    Row head = points.get(0);
                    return new ChecklistTemplate(
                            new ChecklistTemplateId(head.id()),
                            typeId,
                            head.name(),
                            head.revision(),
                            points.stream().map(Row::item).toList(),
                            head.changedBy(),
                            head.changedAt());
                })
                .toList();
    }

    private record Row(UUID id, String name, int revision, StaffId changedBy, Instant changedAt, ChecklistItem item) {}
}
