package de.servicebot.core.ticket;

import de.servicebot.core.shared.Formats;
import de.servicebot.core.shared.Language;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The appointment agreed with the customer (Termin): when, in the company's local time, and whether the technician
 * goes to the customer (vor Ort) or works remotely. On-site appointments are the ones that need a delivery note
 * (Lieferschein) before the technician goes.
 */
public record Appointment(LocalDateTime start, Visit visit) {

    /** Where the work happens. */
    public enum Visit {
        /** At the customer's (vor Ort). */
        ON_SITE("vor Ort", "on site"),
        /** By remote maintenance (Fernwartung). */
        REMOTE("per Fernwartung", "remote");

        private final String german;
        private final String english;

        Visit(String german, String english) {
            this.german = german;
            this.english = english;
        }

        /** As a customer or a colleague reads it: {@code vor Ort} or {@code on site}. */
        public String label(Language language) {
            return language == Language.EN ? english : german;
        }
    }

    public Appointment {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(visit, "visit");
    }

    public static Appointment onSite(LocalDateTime start) {
        return new Appointment(start, Visit.ON_SITE);
    }

    public static Appointment remote(LocalDateTime start) {
        return new Appointment(start, Visit.REMOTE);
    }

    public boolean onSite() {
        return visit == Visit.ON_SITE;
    }

    /** As the recipient reads it: {@code Donnerstag, 27.11.2026, 10:00 Uhr, vor Ort}. */
    public String describe(Language language) {
        return Formats.appointment(start, language) + ", " + visit.label(language);
    }
}
