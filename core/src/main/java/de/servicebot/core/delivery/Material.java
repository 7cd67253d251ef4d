package de.servicebot.core.delivery;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;
import java.math.BigDecimal;
import java.util.List;

/**
 * Material a technician took from stock, as typed: an article of the list by its number (its name and packaging unit
 * are then taken from the list), or a free description with its unit; the quantity in that unit; the serial numbers
 * of the pieces, where it has them.
 */
public record Material(
        String articleNumber, String description, BigDecimal quantity, String unit, List<String> serials) {

    public Material {
        articleNumber = Texts.optional(articleNumber, 40, "delivery.article-number-too-long");
        description = Texts.optional(description, DeliveryLine.MAX_DESCRIPTION, "delivery.description-too-long");
        unit = Texts.optional(unit, DeliveryLine.MAX_UNIT, "delivery.unit-too-long");
        DomainException.require(!articleNumber.isEmpty() || !description.isEmpty(), "delivery.article-missing");
        quantity = DeliveryLine.quantity(quantity, description.isEmpty() ? articleNumber : description);
        serials = DeliveryLine.serials(serials);
    }

    /** Material without serial numbers. */
    public Material(String articleNumber, String description, BigDecimal quantity, String unit) {
        this(articleNumber, description, quantity, unit, List.of());
    }
}
