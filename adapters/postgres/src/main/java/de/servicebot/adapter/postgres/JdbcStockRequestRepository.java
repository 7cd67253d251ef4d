package de.servicebot.adapter.postgres;

import de.servicebot.core.delivery.Material;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.stock.StockRequest;
import de.servicebot.core.stock.StockRequestId;
import de.servicebot.core.stock.StockRequestRepository;
import de.servicebot.core.ticket.TicketId;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

class JdbcStockRequestRepository implements StockRequestRepository {

    private static final String COLUMNS = "id, ticket_id, requested_by, requested_at, article_number, description,"
            + " quantity, unit, serial_numbers, note, status, question, answer, booked_by, booked_at, version";

    private static final RowMapper<StockRequest> REQUEST = (rs, n) -> StockRequest.restore(
            new StockRequestId(rs.getObject("id", UUID.class)),
            new TicketId(rs.getObject("ticket_id", UUID.class)),
            new StaffId(rs.getObject("requested_by", UUID.class)),
            rs.getTimestamp("requested_at").toInstant(),
            new Material(
                    rs.getString("article_number"),
                    rs.getString("description"),
                    rs.getBigDecimal("quantity"),
                    rs.getString("unit"),
                    Arrays.asList((String[]) rs.getArray("serial_numbers").getArray())),
            rs.getString("note"),
            StockRequest.Status.valueOf(rs.getString("status")),
            rs.getString("question"),
            rs.getString("answer"),
            Optional.ofNullable(rs.getObject("booked_by", UUID.class)).map(StaffId::new),
            Optional.ofNullable(rs.getTimestamp("booked_at")).map(Timestamp::toInstant),
            Versions.fromRow(rs.getLong("version")));

    private final NamedParameterJdbcOperations jdbc;

    JdbcStockRequestRepository(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StockRequest save(StockRequest request) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", request.id().value());
        row.put("ticket", request.ticketId().value());
        row.put("requestedBy", request.requestedBy().value());
        row.put("requestedAt", Timestamp.from(request.requestedAt()));
        row.put("article", request.material().articleNumber());
        row.put("description", request.material().description());
        row.put("quantity", request.material().quantity());
        row.put("unit", request.material().unit());
        row.put("serials", request.material().serials().toArray(new String[0]));
        row.put("note", request.note());
        row.put("status", request.status().name());
        row.put("question", request.question());
        row.put("answer", request.answer());
        row.put("bookedBy", request.bookedBy().map(StaffId::value).orElse(null));
        row.put("bookedAt", request.bookedAt().map(Timestamp::from).orElse(null));
        row.put("version", Versions.rowBefore(request));
        row.put("next", Versions.rowAfter(request));
        if (request.isNew()) {
            jdbc.update("""
                    insert into stock_request (id, ticket_id, requested_by, requested_at, article_number, description,
                        quantity, unit, serial_numbers, note, status, question, answer, booked_by, booked_at, version)
                    values (:id, :ticket, :requestedBy, :requestedAt, :article, :description, :quantity, :unit,
                        :serials, :note, :status, :question, :answer, :bookedBy, :bookedAt, :next)""", row);
        } else if (jdbc.update("""
                        update stock_request set status = :status, question = :question, answer = :answer,
                            booked_by = :bookedBy, booked_at = :bookedAt, version = :next
                        where id = :id and version = :version""", row) == 0) {
            throw new DomainException(Versioned.CONCURRENT_CHANGE);
        }
        return request.withVersion(request.version() + 1);
    }

    @Override
    public Optional<StockRequest> findById(StockRequestId id) {
        return jdbc
                .query("select " + COLUMNS + " from stock_request where id = :id", Map.of("id", id.value()), REQUEST)
                .stream()
                .findFirst();
    }

    @Override
    public List<StockRequest> waiting(int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from stock_request where status <> 'BOOKED' order by requested_at, id"
                        + " limit :limit",
                Map.of("limit", limit),
                REQUEST);
    }
}
