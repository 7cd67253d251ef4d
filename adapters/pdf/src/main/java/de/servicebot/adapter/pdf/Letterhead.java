package de.servicebot.adapter.pdf;

import java.util.Objects;

/** The company's name and address at the top of every printed note. */
public record Letterhead(String name, String address) {

    public Letterhead {
        Objects.requireNonNull(name, "name");
        address = address == null ? "" : address;
    }
}
