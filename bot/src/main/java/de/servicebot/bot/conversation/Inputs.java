package de.servicebot.bot.conversation;

import de.servicebot.core.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The values of a submitted form, as the channel delivered them (strings). Reading a value checks its shape; a
 * garbled id, date or time is refused as a {@code DomainException} naming the field, never a server error.
 */
public final class Inputs {

    /** The longest value read from any field; forms are for people, not for uploads. */
    public static final int MAX_VALUE = 10_000;

    private final Map<String, String> values;

    public Inputs(Map<String, String> values) {
        this.values = new HashMap<>();
        values.forEach((key, value) -> {
            if (key != null && value != null) {
                this.values.put(key, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
            }
        });
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    /** The trimmed text, or empty. */
    public String text(String name) {
        return values.getOrDefault(name, "").strip();
    }

    /** An id chosen from a list; empty when nothing was chosen, refused when it is no id. */
    public Optional<UUID> id(String name) {
        String text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new DomainException("form.invalid-choice", name);
        }
    }

    /** A toggle: {@code true}, {@code on}, {@code yes} or {@code 1} (Teams, Slack and HTML forms differ). */
    public boolean flag(String name, boolean absent) {
        String text = text(name).toLowerCase(java.util.Locale.ROOT);
        if (text.isEmpty()) {
            return absent;
        }
        return text.equals("true") || text.equals("on") || text.equals("yes") || text.equals("1");
    }

    /** A date as {@code 2026-11-27} (what date inputs send); empty when none was given. */
    public Optional<LocalDate> date(String name) {
        String text = text(name);
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new DomainException("form.date-invalid", text);
        }
    }

    /** A time as {@code 10:00} (what time inputs send); empty when none was given. */
    public Optional<LocalTime> time(String name) {
        String text = text(name);
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            throw new DomainException("form.time-invalid", text);
        }
    }
}
