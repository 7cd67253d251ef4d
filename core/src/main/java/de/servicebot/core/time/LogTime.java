package de.servicebot.core.time;

import de.servicebot.core.shared.Texts;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.LocalDate;
import java.util.Objects;

/** A piece of work to book on a ticket, for the person who did it, and whether it was done at the customer's. */
public record LogTime(
        TicketId ticketId,
        StaffId workedBy,
        LocalDate date,
        WorkDuration duration,
        String activity,
        String text,
        boolean billable,
        boolean onSite) {

    public static final int MAX_ACTIVITY = 80;
    public static final int MAX_TEXT = 4000;

    public LogTime {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(workedBy, "workedBy");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(duration, "duration");
        activity = Texts.required(activity, MAX_ACTIVITY, "time.activity-missing", "time.activity-too-long");
        text = Texts.optional(text, MAX_TEXT, "time.text-too-long");
    }

    /** Work not done on site. */
    public LogTime(
            TicketId ticketId,
            StaffId workedBy,
            LocalDate date,
            WorkDuration duration,
            String activity,
            String text,
            boolean billable) {
        this(ticketId, workedBy, date, duration, activity, text, billable, false);
    }
}
