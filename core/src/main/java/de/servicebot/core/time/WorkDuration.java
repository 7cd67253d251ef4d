package de.servicebot.core.time;

import de.servicebot.core.shared.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a piece of work took, in whole minutes: more than none, at most a day. Technicians type it the way they
 * say it: {@code 45}, {@code 45m}, {@code 1:30}, {@code 1,5h}, {@code 1h30}; all mean what they look like.
 */
public record WorkDuration(int minutes) implements Comparable<WorkDuration> {

    public static final int MAX_MINUTES = 24 * 60;

    private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})\\s*(?:m|min|mins|minuten|minutes)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):([0-5]\\d)\\s*(?:h|std)?");
    private static final Pattern HOURS =
            Pattern.compile("(\\d{1,2}(?:[.,]\\d{1,3})?)\\s*(?:h|std|stunden|stunde|hours|hour)");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})\\s*(?:h|std)\\s*(\\d{1,2})\\s*(?:m|min)?");

    public WorkDuration {
        DomainException.require(minutes > 0, "time.duration-invalid", String.valueOf(minutes));
        DomainException.require(minutes <= MAX_MINUTES, "time.duration-too-long", minutes);
    }

    public static WorkDuration ofMinutes(int minutes) {
        return new WorkDuration(minutes);
    }

    /** Reads a typed duration; throws {@code time.duration-invalid} for anything it cannot read. */
    public static WorkDuration parse(String typed) {
        DomainException.require(typed != null && !typed.isBlank(), "time.duration-missing");
        String text = typed.trim().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = MINUTES.matcher(text)).matches()) {
            return new WorkDuration(Integer.parseInt(m.group(1)));
        }
        if ((m = CLOCK.matcher(text)).matches()) {
            return new WorkDuration(Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)));
        }
        if ((m = HOURS_MINUTES.matcher(text)).matches()) {
            int extra = Integer.parseInt(m.group(2));
            DomainException.require(extra < 60, "time.duration-invalid", typed.trim());
            return new WorkDuration(Integer.parseInt(m.group(1)) * 60 + extra);
        }
        if ((m = HOURS.matcher(text)).matches()) {
            BigDecimal hours = new BigDecimal(m.group(1).replace(',', '.'));
            return new WorkDuration(hours.multiply(BigDecimal.valueOf(60))
                    .setScale(0, RoundingMode.HALF_UP)
                    .intValueExact());
        }
        throw new DomainException("time.duration-invalid", typed.trim());
    }

    /** Written as staff write it: {@code 1:30}. */
    public String format() {
        return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    public WorkDuration plus(WorkDuration other) {
        return new WorkDuration(minutes + other.minutes);
    }

    @Override
    public int compareTo(WorkDuration other) {
        return Integer.compare(minutes, other.minutes);
    }
}
