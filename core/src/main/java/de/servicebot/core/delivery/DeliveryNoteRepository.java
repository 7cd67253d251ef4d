package de.servicebot.core.delivery;

import de.servicebot.core.ticket.TicketId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Stores delivery and return notes; a number belongs to one note. */
public interface DeliveryNoteRepository {

    /**
     * Stores the note and returns the stored state with its new version; {@code common.concurrent-change} when
     * someone else saved it in the meantime.
     */
    DeliveryNote save(DeliveryNote note);

    Optional<DeliveryNote> findById(DeliveryNoteId id);

    Optional<DeliveryNote> findByNumber(DeliveryNoteNumber number);

    /** The ticket's notes, oldest first. */
    List<DeliveryNote> ofTicket(TicketId ticketId);

    /**
     * The ticket's delivery draft of that day, stored from {@code fresh} when it has none: one draft per ticket and
     * day, however many people add to it at once. Within a transaction the draft stays locked until it ends, so
     * whoever adds next sees what was added before.
     */
    DeliveryNote draftOf(TicketId ticketId, LocalDate day, Supplier<DeliveryNote> fresh);
}
