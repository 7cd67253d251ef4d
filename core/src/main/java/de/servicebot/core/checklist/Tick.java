package de.servicebot.core.checklist;

import de.servicebot.core.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/** That a point is done: who did it, when, and what they wrote down (empty strings where nothing was asked). */
public record Tick(StaffId by, Instant at, String note, String evidence) {

    public Tick {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note.strip();
        evidence = evidence == null ? "" : evidence.strip();
    }
}
