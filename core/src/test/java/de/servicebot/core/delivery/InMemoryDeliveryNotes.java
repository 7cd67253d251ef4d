package de.servicebot.core.delivery;

import de.servicebot.core.shared.VersionedStore;
import de.servicebot.core.ticket.TicketId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The delivery notes and their numbers, in memory. */
public final class InMemoryDeliveryNotes implements DeliveryNoteRepository, DeliveryNoteNumbers {

    private final VersionedStore<DeliveryNoteId, DeliveryNote> store = new VersionedStore<>(DeliveryNote::withVersion);
    private final Map<String, Integer> last = new ConcurrentHashMap<>();

    @Override
    public DeliveryNote save(DeliveryNote note) {
        return store.save(note.id(), note);
    }

    @Override
    public Optional<DeliveryNote> findById(DeliveryNoteId id) {
        return store.find(id);
    }

    @Override
    public Optional<DeliveryNote> findByNumber(DeliveryNoteNumber number) {
        return store.all().stream()
                .filter(n -> n.number().filter(number::equals).isPresent())
                .findFirst();
    }

    @Override
    public List<DeliveryNote> ofTicket(TicketId ticketId) {
        return store.all().stream()
                .filter(n -> n.ticketId().equals(ticketId))
                .sorted(Comparator.comparing(DeliveryNote::day).thenComparing(DeliveryNote::revision))
                .toList();
    }

    @Override
    public synchronized DeliveryNote draftOf(TicketId ticketId, LocalDate day, Supplier<DeliveryNote> fresh) {
        return store.all().stream()
                .filter(n -> n.ticketId().equals(ticketId)
                        && n.day().equals(day)
                        && n.kind() == DeliveryNote.Kind.DELIVERY
                        && n.status() == DeliveryNote.Status.DRAFT
                        && n.refersTo().isEmpty())
                .findFirst()
                .orElseGet(() -> {
                    DeliveryNote made = fresh.get();
                    return store.save(made.id(), made);
                });
    }

    @Override
    public DeliveryNoteNumber next(DeliveryNote.Kind kind, int year) {
        return new DeliveryNoteNumber(kind, year, last.merge(kind + "-" + year, 1, Integer::sum));
    }
}
