package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.TimeEntryRow;
import de.servicebot.adapter.postgres.SpringDataRepositories.TimeEntryRows;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.time.LogTime;
import de.servicebot.core.time.TimeEntry;
import de.servicebot.core.time.TimeEntryId;
import de.servicebot.core.time.TimeEntryRepository;
import de.servicebot.core.time.WorkDuration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class JdbcTimeEntryRepository implements TimeEntryRepository {

    private final TimeEntryRows rows;

    JdbcTimeEntryRepository(TimeEntryRows rows) {
        this.rows = rows;
    }

    @Override
    public TimeEntry save(TimeEntry entry) {
        return asAggregate(Versions.saving(() -> rows.save(toRow(entry)), Map.of()));
    }

    @Override
    public Optional<TimeEntry> findById(TimeEntryId id) {
        return rows.findById(id.value()).map(JdbcTimeEntryRepository::asAggregate);
    }

    @Override
    public List<TimeEntry> findByTicket(TicketId ticketId) {
        return rows.findByTicket(ticketId.value()).stream()
                .map(JdbcTimeEntryRepository::asAggregate)
                .toList();
    }

    @Override
    public void delete(TimeEntryId id) {
        rows.deleteById(id.value());
    }

    private static TimeEntryRow toRow(TimeEntry e) {
        LogTime w = e.work();
        return new TimeEntryRow(
                e.id().value(),
                w.ticketId().value(),
                w.workedBy().value(),
                w.date(),
                w.duration().minutes(),
                w.activity(),
                w.text(),
                w.billable(),
                w.onSite(),
                e.recordedBy().value(),
                e.recordedAt(),
                Versions.toRow(e));
    }

    private static TimeEntry asAggregate(TimeEntryRow row) {
        LogTime work = new LogTime(
                new TicketId(row.ticketId()),
                new StaffId(row.workedBy()),
                row.workDate(),
                WorkDuration.ofMinutes(row.minutes()),
                row.activity(),
                row.text(),
                row.billable(),
                row.onSite());
        return TimeEntry.restore(
                new TimeEntryId(row.id()),
                work,
                new StaffId(row.recordedBy()),
                row.recordedAt(),
                Versions.fromRow(row.version()));
    }
}
