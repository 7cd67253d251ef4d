package de.servicebot.core.catalog;

import de.servicebot.core.shared.Texts;
import java.util.Objects;

/** A main category (Hauptkategorie), e.g. "Hardware" or "Netzwerk". */
public record Category(CategoryId id, String name, boolean active) {

    static final int MAX_NAME = 80;

    public Category {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, MAX_NAME, "catalog.name-missing", "catalog.name-too-long");
    }

    public static Category create(String name) {
        return new Category(CategoryId.newId(), name, true);
    }

    public Category retire() {
        return new Category(id, name, false);
    }
}
