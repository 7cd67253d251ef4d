package de.servicebot.core.delivery;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a delivery note: the article (its number, or none for free text), what it is, how many in which
 * packaging unit, the serial numbers of the pieces, where it came from (the order, or material from stock recorded on
 * the ticket) and whether it is extra to the order, so that sales bills it on top.
 *
 * @param key what the line came from, unique within its note ({@code order:3}, {@code time:<entry>:1}): the same
 *     material recorded twice is one line
 * @param serialsRequired whether the article carries serial numbers, so the note cannot be issued without them
 */
public record DeliveryLine(
        String key,
        String articleNumber,
        String description,
        BigDecimal quantity,
        String unit,
        List<String> serialNumbers,
        boolean serialsRequired,
        Source source,
        boolean extra) {

    public static final int MAX_DESCRIPTION = 300;
    public static final int MAX_UNIT = 40;
    public static final int MAX_SERIAL = 100;
    public static final int MAX_SERIALS = 200;

    /** Where a line came from. */
    public enum Source {
        /** A position of the order the ticket was made from. */
        ORDER,
        /** Material taken from stock, recorded by the technician. */
        STOCK
    }

    public DeliveryLine {
        Objects.requireNonNull(key, "key");
        articleNumber = articleNumber == null ? "" : articleNumber.strip();
        description = Texts.required(
                description, MAX_DESCRIPTION, "delivery.description-missing", "delivery.description-too-long");
        quantity = quantity(quantity, description);
        unit = Texts.required(unit, MAX_UNIT, "delivery.unit-missing", "delivery.unit-too-long");
        serialNumbers = serials(serialNumbers);
        DomainException.require(
                serialNumbers.isEmpty()
                        || BigDecimal.valueOf(serialNumbers.size()).compareTo(quantity) <= 0,
                "delivery.too-many-serials",
                description,
                quantity.toPlainString());
        Objects.requireNonNull(source, "source");
    }

    /** Whether the serial numbers its article needs are all there: one per piece. */
    public boolean serialsComplete() {
        return !serialsRequired || BigDecimal.valueOf(serialNumbers.size()).compareTo(quantity) == 0;
    }

    /** The same line with another quantity, e.g. what comes back on a return note. */
    public DeliveryLine withQuantity(BigDecimal other, List<String> serials) {
        return new DeliveryLine(key, articleNumber, description, other, unit, serials, serialsRequired, source, extra);
    }

    static BigDecimal quantity(BigDecimal quantity, String what) {
        DomainException.require(quantity != null && quantity.signum() > 0, "delivery.quantity-invalid", what);
        DomainException.require(
                quantity.scale() <= 3 && quantity.precision() - quantity.scale() <= 9,
                "delivery.quantity-invalid",
                what);
        BigDecimal plain = quantity.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    static List<String> serials(List<String> serials) {
        List<String> clean = new ArrayList<>();
        for (String serial : serials == null ? List.<String>of() : serials) {
            String one = serial == null ? "" : serial.strip();
            if (one.isEmpty()) {
                continue;
            }
            DomainException.require(one.length() <= MAX_SERIAL, "delivery.serial-too-long", MAX_SERIAL);
            DomainException.require(!clean.contains(one), "delivery.serial-twice", one);
            clean.add(one);
        }
        DomainException.require(clean.size() <= MAX_SERIALS, "delivery.serial-limit", MAX_SERIALS);
        return List.copyOf(clean);
    }
}
