package de.servicebot.core.delivery;

/**
 * Hands out delivery note numbers, counting up within each kind and year. A number drawn inside a transaction that
 * rolls back is given out again, so issued notes have no gaps.
 */
public interface DeliveryNoteNumbers {

    DeliveryNoteNumber next(DeliveryNote.Kind kind, int year);
}
