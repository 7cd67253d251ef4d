package de.servicebot.core.audit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> latest(String subjectId, int offset, int limit) {
        List<AuditEntry> newestFirst = new java.util.ArrayList<>(about(subjectId));
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public List<AuditEntry> about(String subjectId) {
        return entries.stream().filter(e -> e.subjectId().equals(subjectId)).toList();
    }
}
