package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.CallLogRow;
import de.servicebot.adapter.postgres.SpringDataRepositories.CallLogRows;
import de.servicebot.core.call.CallLog;
import de.servicebot.core.call.CallLogId;
import de.servicebot.core.call.CallLogRepository;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.util.List;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

class JdbcCallLogRepository implements CallLogRepository {

    private final CallLogRows rows;
    private final JdbcAggregateOperations aggregates;

    JdbcCallLogRepository(CallLogRows rows, JdbcAggregateOperations aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    public void add(CallLog call) {
        aggregates.insert(new CallLogRow(
                call.id().value(),
                call.ticketId().value(),
                call.callerName(),
                call.callerPhone(),
                call.summary(),
                call.callbackWanted(),
                call.loggedBy().value(),
                call.loggedAt()));
    }

    @Override
    public List<CallLog> findByTicket(TicketId ticketId) {
        return rows.findByTicket(ticketId.value()).stream()
                .map(row -> new CallLog(
                        new CallLogId(row.id()),
                        new TicketId(row.ticketId()),
                        row.callerName(),
                        row.callerPhone(),
                        row.summary(),
                        row.callbackWanted(),
                        new StaffId(row.loggedBy()),
                        row.loggedAt()))
                .toList();
    }
}
