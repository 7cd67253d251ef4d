package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.AuditRow;
import de.servicebot.adapter.postgres.SpringDataRepositories.AuditRows;
import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.staff.StaffId;
import java.util.List;

class JdbcAuditLog implements AuditLog {

    private final AuditRows rows;

    JdbcAuditLog(AuditRows rows) {
        this.rows = rows;
    }

    @Override
    public void record(AuditEntry entry) {
        rows.save(
                new AuditRow(null, entry.at(), entry.by().value(), entry.action(), entry.subjectId(), entry.details()));
    }

    @Override
    public List<AuditEntry> about(String subjectId) {
        return rows.findBySubject(subjectId).stream().map(JdbcAuditLog::entry).toList();
    }

    @Override
    public List<AuditEntry> latest(String subjectId, int offset, int limit) {
        return rows.findLatestBySubject(subjectId, offset, limit).stream()
                .map(JdbcAuditLog::entry)
                .toList();
    }

    private static AuditEntry entry(Rows.AuditRow row) {
        return new AuditEntry(row.at(), new StaffId(row.staffId()), row.action(), row.subjectId(), row.details());
    }
}
