package de.servicebot.core.audit;

import java.util.List;

/** Keeps the audit trail; written in the same transaction as the change it records. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The entries about one object, oldest first. */
    List<AuditEntry> about(String subjectId);

    /** A page of the entries about one object, newest first: at most {@code limit}, after skipping {@code offset}. */
    List<AuditEntry> latest(String subjectId, int offset, int limit);
}
