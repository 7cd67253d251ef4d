package de.servicebot.core.checklist;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.StaffId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * That a point is done: who did it, when (to the microsecond, as stored), and what they wrote down (empty strings where
 * nothing was asked).
 */
public record Tick(StaffId by, Instant at, String note, String evidence) {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_EVIDENCE = 200;

    public Tick {
        Objects.requireNonNull(by, "by");
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        note = note == null ? "" : note.strip();
        evidence = evidence == null ? "" : evidence.strip();
        DomainException.require(note.length() <= MAX_NOTE, "checklist.note-too-long", MAX_NOTE);
        DomainException.require(evidence.length() <= MAX_EVIDENCE, "checklist.evidence-too-long", MAX_EVIDENCE);
    }
}
