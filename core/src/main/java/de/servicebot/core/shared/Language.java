package de.servicebot.core.shared;

import java.util.Locale;
import java.util.Optional;

/** The languages Servicebot speaks: German first (the staff's language), English complete. */
public enum Language {
    DE(Locale.GERMAN),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language for a tag such as {@code de}, {@code de-AT} or {@code en-GB}; German for anything else. */
    public static Language fromTag(String tag) {
        return parse(tag).orElse(DE);
    }

    /** The language for a tag such as {@code de} or {@code en-GB}, if Servicebot speaks it. */
    public static Optional<Language> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Language candidate : values()) {
            if (candidate.code().equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
