package de.servicebot.core.delivery;

import de.servicebot.core.shared.Language;
import java.util.Objects;

/** Prints a delivery or return note as an A4 PDF, in the language of the customer's contact. */
public interface DeliveryNotePdf {

    byte[] render(Sheet sheet);

    /** What the printed note shows besides the note itself: who it is for and what it belongs to. */
    record Sheet(
            DeliveryNote note,
            String customerNumber,
            String customerName,
            String contactName,
            String ticketNumber,
            String ticketSubject,
            String refersTo,
            Language language) {

        public Sheet {
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(language, "language");
            refersTo = refersTo == null ? "" : refersTo;
        }
    }
}
