package de.servicebot.core.ticket;

import de.servicebot.core.shared.DomainException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number people say on the phone: {@code T-2026-00042}, the year of creation and a running number within that
 * year. Typed as {@code T-2026-00042}, {@code t-2026-42} or {@code 2026-42}, it means the same ticket.
 */
public record TicketNumber(int year, int sequence) implements Comparable<TicketNumber> {

    public static final String PREFIX = "T";
    private static final Pattern TYPED = Pattern.compile("(?:T\\s*-?\\s*)?(\\d{4})\\s*-\\s*(\\d{1,9})");

    public TicketNumber {
        DomainException.require(year >= 2000 && year <= 9999, "ticket.number-invalid", year + "-" + sequence);
        DomainException.require(sequence > 0, "ticket.number-invalid", year + "-" + sequence);
    }

    /** Reads a typed number such as {@code T-2026-00042} or {@code 2026-42}; empty when it is not one. */
    public static Optional<TicketNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher matcher = TYPED.matcher(typed.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        long sequence = Long.parseLong(matcher.group(2));
        if (year < 2000 || sequence <= 0 || sequence > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new TicketNumber(year, (int) sequence));
    }

    @Override
    public int compareTo(TicketNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s-%04d-%05d", PREFIX, year, sequence);
    }
}
