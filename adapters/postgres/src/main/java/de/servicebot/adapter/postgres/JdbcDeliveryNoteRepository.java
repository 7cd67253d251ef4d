package de.servicebot.adapter.postgres;

import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.delivery.DeliveryLine;
import de.servicebot.core.delivery.DeliveryNote;
import de.servicebot.core.delivery.DeliveryNoteId;
import de.servicebot.core.delivery.DeliveryNoteNumber;
import de.servicebot.core.delivery.DeliveryNoteRepository;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Delivery notes with their lines; a note's lines are written anew whenever the (draft) note is saved. */
class JdbcDeliveryNoteRepository implements DeliveryNoteRepository {

    private static final String HEAD = """
            select id, kind, number, customer_id, ticket_id, order_number, day, refers_to, revision, delivery_address,
                   status, issued_by, issued_at, received_by, received_on, billed_at, version
            from delivery_note""";

    private static final String INSERT = """
            insert into delivery_note
                (id, kind, number, customer_id, ticket_id, order_number, day, refers_to, revision, delivery_address,
                 status, issued_by, issued_at, received_by, received_on, billed_at, version)
            values (:id, :kind, :number, :customer, :ticket, :order, :day, :refersTo, :revision, :address,
                    :status, :issuedBy, :issuedAt, :receivedBy, :receivedOn, :billedAt, :next)""";

    private static final String OPEN_DRAFT =
            "ticket_id = :ticket and day = :day and status = 'DRAFT' and kind = 'DELIVERY' and refers_to is null";

    private final NamedParameterJdbcOperations jdbc;

    JdbcDeliveryNoteRepository(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DeliveryNote save(DeliveryNote note) {
        Map<String, Object> row = row(note);
        if (note.isNew()) {
            jdbc.update(INSERT, row);
        } else {
            int moved = jdbc.update("""
                    update delivery_note set number = :number, delivery_address = :address, status = :status,
                        issued_by = :issuedBy, issued_at = :issuedAt, received_by = :receivedBy,
                        received_on = :receivedOn, billed_at = :billedAt, version = :next
                    where id = :id and version = :version""", row);
            if (moved == 0) {
                throw new DomainException(Versioned.CONCURRENT_CHANGE);
            }
            jdbc.update("delete from delivery_line where note_id = :id", row);
        }
        List<DeliveryLine> lines = note.lines();
        SqlParameterSource[] rows = new SqlParameterSource[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            DeliveryLine line = lines.get(i);
            rows[i] = new MapSqlParameterSource()
                    .addValue("note", note.id().value())
                    .addValue("position", i + 1)
                    .addValue("key", line.key())
                    .addValue("article", line.articleNumber())
                    .addValue("description", line.description())
                    .addValue("quantity", line.quantity())
                    .addValue("unit", line.unit())
                    .addValue("serials", line.serialNumbers().toArray(new String[0]))
                    .addValue("serialsRequired", line.serialsRequired())
                    .addValue("source", line.source().name())
                    .addValue("extra", line.extra());
        }
        jdbc.batchUpdate("""
                insert into delivery_line
                    (note_id, position, line_key, article_number, description, quantity, unit, serial_numbers,
                     serials_required, source, extra)
                values (:note, :position, :key, :article, :description, :quantity, :unit, :serials,
                        :serialsRequired, :source, :extra)""", rows);
        return note.withVersion(note.version() + 1);
    }

    @Override
    public Optional<DeliveryNote> findById(DeliveryNoteId id) {
        return find("id = :key", Map.of("key", id.value())).stream().findFirst();
    }

    @Override
    public Optional<DeliveryNote> findByNumber(DeliveryNoteNumber number) {
        return find("number = :key", Map.of("key", number.toString())).stream().findFirst();
    }

    @Override
    public List<DeliveryNote> ofTicket(TicketId ticketId) {
        return find("ticket_id = :key order by day, kind, revision, id", Map.of("key", ticketId.value()));
    }

    @Override
    public DeliveryNote draftOf(TicketId ticketId, LocalDate day, Supplier<DeliveryNote> fresh) {
        DeliveryNote made = fresh.get();
        Map<String, Object> row = row(made);
        jdbc.update(
                INSERT + " on conflict (ticket_id, day)"
                        + " where status = 'DRAFT' and kind = 'DELIVERY' and refers_to is null do nothing",
                row);
        UUID id = jdbc.queryForObject(
                "select id from delivery_note where " + OPEN_DRAFT + " for update",
                Map.of("ticket", ticketId.value(), "day", day),
                UUID.class);
        return findById(new DeliveryNoteId(id)).orElseThrow();
    }

    private List<DeliveryNote> find(String condition, Map<String, Object> parameters) {
        List<Head> heads = jdbc.query(HEAD + " where " + condition, parameters, (rs, n) -> head(rs));
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<DeliveryLine>> lines = new LinkedHashMap<>();
        heads.forEach(head -> lines.put(head.id(), new ArrayList<>()));
        jdbc.query("""
                select note_id, line_key, article_number, description, quantity, unit, serial_numbers,
                       serials_required, source, extra
                from delivery_line where note_id in (:notes) order by note_id, position""", Map.of("notes", lines.keySet()), rs -> {
            lines.get(rs.getObject("note_id", UUID.class)).add(line(rs));
        });
        return heads.stream().map(head -> head.note(lines.get(head.id()))).toList();
    }

    private static Map<String, Object> row(DeliveryNote note) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", note.id().value());
        row.put("kind", note.kind().name());
        row.put("number", note.number().map(DeliveryNoteNumber::toString).orElse(null));
        row.put("customer", note.customerId().value());
        row.put("ticket", note.ticketId().value());
        row.put("order", note.orderNumber().orElse(null));
        row.put("day", note.day());
        row.put("refersTo", note.refersTo().map(DeliveryNoteId::value).orElse(null));
        row.put("revision", note.revision());
        row.put("address", note.deliveryAddress());
        row.put("status", note.status().name());
        row.put("issuedBy", note.issue().map(i -> i.by().value()).orElse(null));
        row.put("issuedAt", note.issue().map(i -> Timestamp.from(i.at())).orElse(null));
        row.put(
                "receivedBy",
                note.receipt().map(DeliveryNote.Receipt::receivedBy).orElse(null));
        row.put("receivedOn", note.receipt().map(DeliveryNote.Receipt::on).orElse(null));
        row.put("billedAt", note.billedAt().map(Timestamp::from).orElse(null));
        row.put("version", Versions.rowBefore(note));
        row.put("next", Versions.rowAfter(note));
        return row;
    }

    private static DeliveryLine line(ResultSet rs) throws SQLException {
        Array serials = rs.getArray("serial_numbers");
        return new DeliveryLine(
                rs.getString("line_key"),
                rs.getString("article_number"),
                rs.getString("description"),
                rs.getBigDecimal("quantity"),
                rs.getString("unit"),
                Arrays.asList((String[]) serials.getArray()),
                rs.getBoolean("serials_required"),
                DeliveryLine.Source.valueOf(rs.getString("source")),
                rs.getBoolean("extra"));
    }

    private static Head head(ResultSet rs) throws SQLException {
        Optional<DeliveryNote.Issue> issue =
                Optional.ofNullable(rs.getString("number")).map(number -> issue(rs, number));
        Optional<DeliveryNote.Receipt> receipt =
                Optional.ofNullable(rs.getString("received_by")).map(by -> receipt(rs, by));
        return new Head(
                rs.getObject("id", UUID.class),
                DeliveryNote.Kind.valueOf(rs.getString("kind")),
                new CustomerId(rs.getObject("customer_id", UUID.class)),
                new TicketId(rs.getObject("ticket_id", UUID.class)),
                Optional.ofNullable(rs.getString("order_number")),
                rs.getObject("day", LocalDate.class),
                Optional.ofNullable(rs.getObject("refers_to", UUID.class)).map(DeliveryNoteId::new),
                rs.getInt("revision"),
                rs.getString("delivery_address"),
                DeliveryNote.Status.valueOf(rs.getString("status")),
                issue,
                receipt,
                Optional.ofNullable(rs.getTimestamp("billed_at")).map(Timestamp::toInstant),
                Versions.fromRow(rs.getLong("version")));
    }

    private static DeliveryNote.Issue issue(ResultSet rs, String number) {
        try {
            return new DeliveryNote.Issue(
                    DeliveryNoteNumber.parse(number),
                    new StaffId(rs.getObject("issued_by", UUID.class)),
                    rs.getTimestamp("issued_at").toInstant());
        } catch (SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static DeliveryNote.Receipt receipt(ResultSet rs, String by) {
        try {
            return new DeliveryNote.Receipt(by, rs.getObject("received_on", LocalDate.class));
        } catch (SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** A note's row, waiting for its lines. */
    private record Head(
            UUID id,
            DeliveryNote.Kind kind,
            CustomerId customerId,
            TicketId ticketId,
            Optional<String> orderNumber,
            LocalDate day,
            Optional<DeliveryNoteId> refersTo,
            int revision,
            String address,
            DeliveryNote.Status status,
            Optional<DeliveryNote.Issue> issue,
            Optional<DeliveryNote.Receipt> receipt,
            Optional<java.time.Instant> billedAt,
            long version) {

        DeliveryNote note(List<DeliveryLine> lines) {
            return DeliveryNote.restore(
                    new DeliveryNoteId(id),
                    kind,
                    customerId,
                    ticketId,
                    orderNumber,
                    day,
                    refersTo,
                    revision,
                    address,
                    lines,
                    status,
                    issue,
                    receipt,
                    billedAt,
                    version);
        }
    }
}
