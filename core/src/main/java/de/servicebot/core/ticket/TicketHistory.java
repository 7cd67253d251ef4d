package de.servicebot.core.ticket;

import de.servicebot.core.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of a ticket's history, newest first, from its audit trail: who did what and when, with the names already
 * looked up and the text people wrote (the internal note, the resolution, the reason) taken out of the details.
 */
public record TicketHistory(List<Entry> entries, int page, boolean more) {

    /** How many entries a page shows. */
    public static final int PAGE = 10;

    /** The audit actions of appointments. */
    public static final String APPOINTMENT_SET = "appointment.set";

    public static final String APPOINTMENT_MOVED = "appointment.moved";
    public static final String APPOINTMENT_CANCELLED = "appointment.cancelled";

    private static final Pattern APPOINTMENT =
            Pattern.compile("start=(\\S+) visit=(ON_SITE|REMOTE) customerMail=(true|false)");

    private static final Pattern FORWARDED =
            Pattern.compile("to=(\\S+) customerMail=(true|false)(?: note=(.*))?", Pattern.DOTALL);

    public TicketHistory {
        entries = List.copyOf(entries);
    }

    /**
     * One change: when, by whom, what (the audit action, e.g. {@code ticket.forwarded}), to whom it was handed (for a
     * forward), whether the customer was mailed, what was written with it, and the appointment it set, moved to or
     * cancelled.
     */
    public record Entry(
            Instant at,
            String by,
            String action,
            Optional<String> to,
            boolean customerMailed,
            String text,
            Optional<Appointment> appointment) {

        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(appointment, "appointment");
            text = text == null ? "" : text;
        }

        public Entry(Instant at, String by, String action, Optional<String> to, boolean customerMailed, String text) {
            this(at, by, action, to, customerMailed, text, Optional.empty());
        }
    }

    /** How an appointment's change is written to the audit trail. */
    public static String appointmentDetails(Appointment appointment, boolean customerMailed) {
        return "start=" + appointment.start() + " visit=" + appointment.visit() + " customerMail=" + customerMailed;
    }

    /** The staff id a forward was handed to, read from the entry's details. */
    static Optional<String> forwardedTo(AuditEntry entry) {
        if (!entry.action().equals("ticket.forwarded")) {
            return Optional.empty();
        }
        Matcher m = FORWARDED.matcher(entry.details());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The entry as the history shows it, with the names of the people in it. */
    static Entry entry(AuditEntry audit, java.util.function.Function<String, String> nameOf) {
        String by = nameOf.apply(audit.by().toString());
        return switch (audit.action()) {
            case "ticket.forwarded" -> {
                Matcher m = FORWARDED.matcher(audit.details());
                if (!m.matches()) {
                    yield new Entry(audit.at(), by, audit.action(), Optional.empty(), false, "");
                }
                yield new Entry(
                        audit.at(),
                        by,
                        audit.action(),
                        Optional.of(nameOf.apply(m.group(1))),
                        Boolean.parseBoolean(m.group(2)),
                        m.group(3) == null ? "" : m.group(3));
            }
            case APPOINTMENT_SET, APPOINTMENT_MOVED, APPOINTMENT_CANCELLED -> {
                Matcher m = APPOINTMENT.matcher(audit.details());
                Optional<Appointment> appointment = Optional.empty();
                boolean mailed = false;
                if (m.matches()) {
                    try {
                        appointment = Optional.of(new Appointment(
                                java.time.LocalDateTime.parse(m.group(1)), Appointment.Visit.valueOf(m.group(2))));
                        mailed = Boolean.parseBoolean(m.group(3));
                    } catch (java.time.format.DateTimeParseException garbled) {
                        appointment = Optional.empty();
                    }
                }
                yield new Entry(audit.at(), by, audit.action(), Optional.empty(), mailed, "", appointment);
            }
            case "ticket.resolved", "ticket.reopened" ->
                new Entry(audit.at(), by, audit.action(), Optional.empty(), false, audit.details());
            default -> new Entry(audit.at(), by, audit.action(), Optional.empty(), false, "");
        };
    }
}
