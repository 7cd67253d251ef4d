package de.servicebot.core.audit;

import de.servicebot.core.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * One change: who did it, when, what (an action such as {@code time-entry.corrected}), on which object, and a short
 * description of the change (ids and values, never free text typed by customers).
 */
public record AuditEntry(Instant at, StaffId by, String action, String subjectId, String details) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectId, "subjectId");
        details = details == null ? "" : details;
    }
}
