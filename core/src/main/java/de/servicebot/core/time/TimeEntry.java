package de.servicebot.core.time;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A booked piece of work on a ticket. The person it is booked for may correct or delete it on the day it was
 * booked; afterwards it is part of what sales bills and stays as it is.
 */
public final class TimeEntry implements Versioned {

    private final TimeEntryId id;
    private LogTime work;
    private final StaffId recordedBy;
    private final Instant recordedAt;
    private final long version;

    private TimeEntry(TimeEntryId id, LogTime work, StaffId recordedBy, Instant recordedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.work = Objects.requireNonNull(work, "work");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.version = version;
    }

    public static TimeEntry record(LogTime work, StaffId recordedBy, Instant now) {
        return new TimeEntry(TimeEntryId.newId(), work, recordedBy, now, 0);
    }

    public static TimeEntry restore(
            TimeEntryId id, LogTime work, StaffId recordedBy, Instant recordedAt, long version) {
        return new TimeEntry(id, work, recordedBy, recordedAt, version);
    }

    /**
     * Replaces what was booked. Only the person the entry is booked for, on the day it was booked, and on the same
     * ticket and for the same person.
     */
    public void correct(LogTime corrected, StaffId by, Clock clock) {
        requireChangeableBy(by, clock);
        DomainException.require(corrected.ticketId().equals(work.ticketId()), "time.other-ticket");
        DomainException.require(corrected.workedBy().equals(work.workedBy()), "time.only-own-entries");
        this.work = corrected;
    }

    /** Whether {@code by} may still change or delete this entry: their own, booked today. */
    public boolean changeableBy(StaffId by, Clock clock) {
        return work.workedBy().equals(by) && bookedOn(clock).equals(LocalDate.now(clock));
    }

    /** Throws unless {@code by} may still change or delete this entry today, saying which rule stands in the way. */
    public void requireChangeableBy(StaffId by, Clock clock) {
        DomainException.require(work.workedBy().equals(by), "time.only-own-entries");
        LocalDate bookedOn = bookedOn(clock);
        DomainException.require(bookedOn.equals(LocalDate.now(clock)), "time.only-same-day", bookedOn);
    }

    private LocalDate bookedOn(Clock clock) {
        return LocalDate.ofInstant(recordedAt, clock.getZone());
    }

    public TimeEntryId id() {
        return id;
    }

    public LogTime work() {
        return work;
    }

    public TicketId ticketId() {
        return work.ticketId();
    }

    public StaffId recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public long version() {
        return version;
    }
}
