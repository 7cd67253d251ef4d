package de.servicebot.core.template;

import java.util.Optional;

/** The placeholders a text template may use, written {@code {{Kunde}}} with the German names staff know. */
public enum Placeholder {
    CUSTOMER("Kunde"),
    CONTACT("Ansprechpartner"),
    DATE("Datum"),
    CREATOR("Ersteller"),
    TICKET_NUMBER("Ticketnummer"),
    TYPE("Typ"),
    CATEGORY("Hauptkategorie"),
    SUBJECT("Betreff");

    private final String token;

    Placeholder(String token) {
        this.token = token;
    }

    /** The name inside the braces, e.g. {@code Kunde}. */
    public String token() {
        return token;
    }

    public static Optional<Placeholder> byToken(String token) {
        for (Placeholder placeholder : values()) {
            if (placeholder.token.equalsIgnoreCase(token.trim())) {
                return Optional.of(placeholder);
            }
        }
        return Optional.empty();
    }
}
