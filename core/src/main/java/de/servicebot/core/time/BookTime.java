package de.servicebot.core.time;

import de.servicebot.core.shared.Texts;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Booking time on a ticket as a person asks for it: for whom (default: oneself), on which day (default: today), how
 * long, the activity (a time-entry template), a text (default: the template's text), whether it is billable and
 * whether it was done on site (vor Ort), which needs the ticket's delivery note.
 */
public record BookTime(
        TicketId ticketId,
        Optional<StaffId> workedBy,
        Optional<LocalDate> date,
        WorkDuration duration,
        String activity,
        String text,
        boolean billable,
        boolean onSite) {

    public BookTime {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(workedBy, "workedBy");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(duration, "duration");
        activity = Texts.required(activity, LogTime.MAX_ACTIVITY, "time.activity-missing", "time.activity-too-long");
        text = Texts.optional(text, LogTime.MAX_TEXT, "time.text-too-long");
    }

    /** Work not done on site. */
    public BookTime(
            TicketId ticketId,
            Optional<StaffId> workedBy,
            Optional<LocalDate> date,
            WorkDuration duration,
            String activity,
            String text,
            boolean billable) {
        this(ticketId, workedBy, date, duration, activity, text, billable, false);
    }

    /** Billable work by oneself today, with the activity's text. */
    public static BookTime of(TicketId ticketId, WorkDuration duration, String activity) {
        return new BookTime(ticketId, Optional.empty(), Optional.empty(), duration, activity, "", true);
    }
}
