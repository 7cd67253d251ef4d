package de.servicebot.core.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people write them in each language, for texts that leave the system (mails, templates). */
public final class Formats {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter GERMAN_APPOINTMENT =
            DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_APPOINTMENT =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter GERMAN_MOMENT =
            DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter GERMAN_SHORT = DateTimeFormatter.ofPattern("dd.MM. HH:mm", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_SHORT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private Formats() {}

    /** When something happened this year, short, in the company's time zone: {@code 02.12. 10:14} or {@code 2 Dec, 10:14}. */
    public static String shortMoment(Instant at, ZoneId zone, Language language) {
        return (language == Language.EN ? ENGLISH_SHORT : GERMAN_SHORT).format(at.atZone(zone));
    }

    /** When something happened, in the company's time zone: {@code 02.12.2026, 10:14 Uhr} or {@code 2 Dec 2026, 10:14}. */
    public static String moment(Instant at, ZoneId zone, Language language) {
        return (language == Language.EN ? ENGLISH_MOMENT : GERMAN_MOMENT).format(at.atZone(zone));
    }

    /** A quantity as the person reads it: {@code 2,5} in German, {@code 2.5} in English, no trailing zeros. */
    public static String quantity(java.math.BigDecimal quantity, Language language) {
        String plain = quantity.stripTrailingZeros().toPlainString();
        return language == Language.DE ? plain.replace('.', ',') : plain;
    }

    /** {@code 26.11.2026} or {@code 26 Nov 2026}. */
    public static String date(LocalDate date, Language language) {
        return (language == Language.EN ? ENGLISH_DATE : GERMAN_DATE).format(date);
    }

    /** {@code Donnerstag, 27.11.2026, 10:00 Uhr} or {@code Thursday, 27 November 2026, 10:00}. */
    public static String appointment(LocalDateTime start, Language language) {
        return (language == Language.EN ? ENGLISH_APPOINTMENT : GERMAN_APPOINTMENT).format(start);
    }
}
