package de.servicebot.core.catalog;

import de.servicebot.core.shared.Texts;
import java.util.Objects;

/** A ticket type (Typ), e.g. "Störung" or "Installation". */
public record TicketType(TicketTypeId id, String name, boolean active) {

    static final int MAX_NAME = 80;

    public TicketType {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, MAX_NAME, "catalog.name-missing", "catalog.name-too-long");
    }

    public static TicketType create(String name) {
        return new TicketType(TicketTypeId.newId(), name, true);
    }

    public TicketType retire() {
        return new TicketType(id, name, false);
    }
}
