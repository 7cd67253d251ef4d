package de.servicebot.core.catalog;

import de.servicebot.core.shared.Texts;
import java.util.Objects;

/**
 * A ticket type (Typ), e.g. "Störung" or "Installation". A type marked as base installation (Grundinstallation) is
 * the one whose ticket keeps the order document when one order makes several tickets; that is master data, set by an
 * admin, not read from the name.
 */
public record TicketType(TicketTypeId id, String name, boolean active, boolean baseInstallation) {

    static final int MAX_NAME = 80;

    public TicketType {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, MAX_NAME, "catalog.name-missing", "catalog.name-too-long");
    }

    public static TicketType create(String name) {
        return new TicketType(TicketTypeId.newId(), name, true, false);
    }

    /** A new type whose tickets are base installations. */
    public static TicketType baseInstallation(String name) {
        return new TicketType(TicketTypeId.newId(), name, true, true);
    }

    public TicketType retire() {
        return new TicketType(id, name, false, baseInstallation);
    }
}
