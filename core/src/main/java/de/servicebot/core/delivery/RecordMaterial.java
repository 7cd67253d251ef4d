package de.servicebot.core.delivery;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.ticket.TicketId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Material a technician took from stock for a ticket, recorded at once: {@code source} names what it was recorded
 * on (a time entry, {@code time:<id>}), so that recording the same again adds nothing.
 */
public record RecordMaterial(TicketId ticketId, String source, List<Material> materials) {

    public static final int MAX_MATERIALS = 50;
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9:._\\-]{1,100}");

    public RecordMaterial {
        Objects.requireNonNull(ticketId, "ticketId");
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("material source must match " + SOURCE + ": " + source);
        }
        materials = List.copyOf(materials);
        DomainException.require(!materials.isEmpty(), "delivery.article-missing");
        DomainException.require(materials.size() <= MAX_MATERIALS, "delivery.too-many-lines", MAX_MATERIALS);
    }
}
