package de.servicebot.core.time;

import de.servicebot.core.shared.VersionedStore;
import de.servicebot.core.ticket.TicketId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryTimeEntryRepository implements TimeEntryRepository {

    private final VersionedStore<TimeEntryId, TimeEntry> store = new VersionedStore<>(
            (e, version) -> TimeEntry.restore(e.id(), e.work(), e.recordedBy(), e.recordedAt(), version));

    @Override
    public TimeEntry save(TimeEntry entry) {
        return store.save(entry.id(), entry);
    }

    @Override
    public Optional<TimeEntry> findById(TimeEntryId id) {
        return store.find(id);
    }

    @Override
    public List<TimeEntry> findByTicket(TicketId ticketId) {
        return store.all().stream()
                .filter(e -> e.ticketId().equals(ticketId))
                .sorted(Comparator.comparing((TimeEntry e) -> e.work().date()).thenComparing(TimeEntry::recordedAt))
                .toList();
    }

    @Override
    public void delete(TimeEntryId id) {
        store.remove(id);
    }
}
