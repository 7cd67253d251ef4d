package de.servicebot.adapter.postgres;

import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.document.DocumentId;
import de.servicebot.core.order.Order;
import de.servicebot.core.order.OrderId;
import de.servicebot.core.order.OrderPosition;
import de.servicebot.core.order.OrderRepository;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.ticket.TicketId;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** An order row guarded by its version, with its positions and the tickets made from it. */
class JdbcOrderRepository implements OrderRepository {

    private final NamedParameterJdbcOperations jdbc;

    JdbcOrderRepository(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Order save(Order order) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", order.id().value());
        row.put("number", order.number());
        row.put("customer", order.customerId().value());
        row.put("agreements", order.agreements());
        row.put("received", Timestamp.from(order.receivedAt()));
        row.put("agreed", order.agreedDate().orElse(null));
        row.put("document", order.document().map(DocumentId::value).orElse(null));
        row.put("base", order.baseTicket().map(TicketId::value).orElse(null));
        row.put("version", Versions.rowBefore(order));
        row.put("next", Versions.rowAfter(order));
        if (order.isNew()) {
            try {
                jdbc.update("""
                        insert into customer_order
                            (id, number, customer_id, agreements, received_at, agreed_date, document_id, base_ticket,
                             version)
                        values (:id, :number, :customer, :agreements, :received, :agreed, :document, :base, :next)""", row);
            } catch (DuplicateKeyException taken) {
                throw new DomainException("order.number-taken", order.number());
            }
            List<OrderPosition> positions = order.positions();
            SqlParameterSource[] rows = new SqlParameterSource[positions.size()];
            for (int i = 0; i < positions.size(); i++) {
                OrderPosition p = positions.get(i);
                rows[i] = new MapSqlParameterSource()
                        .addValue("order", order.id().value())
                        .addValue("position", i + 1)
                        .addValue("article", p.article())
                        .addValue("quantity", p.quantity())
                        .addValue("unit", p.unit());
            }
            jdbc.batchUpdate("""
                    insert into order_position (order_id, position, article, quantity, unit)
                    values (:order, :position, :article, :quantity, :unit)""", rows);
        } else {
            int moved = jdbc.update("""
                    update customer_order set document_id = :document, base_ticket = :base, version = :next
                    where id = :id and version = :version""", row);
            if (moved == 0) {
                throw new DomainException(Versioned.CONCURRENT_CHANGE);
            }
            jdbc.update("delete from order_ticket where order_id = :id", row);
        }
        List<TicketId> tickets = order.tickets();
        SqlParameterSource[] links = new SqlParameterSource[tickets.size()];
        for (int i = 0; i < tickets.size(); i++) {
            links[i] = new MapSqlParameterSource()
                    .addValue("order", order.id().value())
                    .addValue("position", i + 1)
                    .addValue("ticket", tickets.get(i).value());
        }
        jdbc.batchUpdate(
                "insert into order_ticket (order_id, position, ticket_id) values (:order, :position, :ticket)", links);
        return Order.restore(
                order.id(),
                order.number(),
                order.customerId(),
                order.positions(),
                order.agreements(),
                order.receivedAt(),
                order.agreedDate(),
                order.document(),
                tickets,
                order.baseTicket(),
                order.version() + 1);
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return find("id = :key", id.value());
    }

    @Override
    public Optional<Order> findByNumber(String number) {
        return find("number = :key", number);
    }

    @Override
    public Optional<Order> findByTicket(TicketId ticketId) {
        return find(
                "id in (select order_id from order_ticket where ticket_id = :key) or base_ticket = :key",
                ticketId.value());
    }

    private Optional<Order> find(String condition, Object key) {
        return jdbc
                .query(
                        "select id, number, customer_id, agreements, received_at, agreed_date, document_id, base_ticket,"
                                + " version"
                                + " from customer_order where " + condition,
                        Map.of("key", key),
                        (rs, n) -> {
                            UUID id = rs.getObject("id", UUID.class);
                            return Order.restore(
                                    new OrderId(id),
                                    rs.getString("number"),
                                    new CustomerId(rs.getObject("customer_id", UUID.class)),
                                    positions(id),
                                    rs.getString("agreements"),
                                    rs.getTimestamp("received_at").toInstant(),
                                    Optional.ofNullable(rs.getObject("agreed_date", LocalDateTime.class)),
                                    Optional.ofNullable(rs.getObject("document_id", UUID.class))
                                            .map(DocumentId::new),
                                    tickets(id),
                                    Optional.ofNullable(rs.getObject("base_ticket", UUID.class))
                                            .map(TicketId::new),
                                    Versions.fromRow(rs.getLong("version")));
                        })
                .stream()
                .findFirst();
    }

    private List<OrderPosition> positions(UUID order) {
        return jdbc.query(
                "select article, quantity, unit from order_position where order_id = :order order by position",
                Map.of("order", order),
                (rs, n) ->
                        new OrderPosition(rs.getString("article"), rs.getBigDecimal("quantity"), rs.getString("unit")));
    }

    private List<TicketId> tickets(UUID order) {
        return jdbc.query(
                "select ticket_id from order_ticket where order_id = :order order by position",
                Map.of("order", order),
                (rs, n) -> new TicketId(rs.getObject("ticket_id", UUID.class)));
    }
}
