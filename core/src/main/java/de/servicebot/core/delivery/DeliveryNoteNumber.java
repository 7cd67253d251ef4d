package de.servicebot.core.delivery;

import de.servicebot.core.shared.DomainException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number an issued delivery note carries, {@code LS-2026-00042}, or a return note, {@code RL-2026-00003}: counted
 * up within each kind and year without gaps, since it is drawn only when the note is issued.
 */
public record DeliveryNoteNumber(DeliveryNote.Kind kind, int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("(LS|RL)-(\\d{4})-(\\d{5,9})");

    public DeliveryNoteNumber {
        Objects.requireNonNull(kind, "kind");
        if (year < 2000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("Not a delivery note number: " + year + "/" + sequence);
        }
    }

    /** Reads {@code LS-2026-00042} (case and surrounding blanks ignored); refused when it is not one. */
    public static DeliveryNoteNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        DomainException.require(matcher.matches(), "delivery.number-invalid", text == null ? "" : text.strip());
        return new DeliveryNoteNumber(
                matcher.group(1).equals("LS") ? DeliveryNote.Kind.DELIVERY : DeliveryNote.Kind.RETURN,
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "%s-%d-%05d", kind == DeliveryNote.Kind.DELIVERY ? "LS" : "RL", year, sequence);
    }
}
