package de.servicebot.core.checklist;

import de.servicebot.core.shared.VersionedStore;
import de.servicebot.core.ticket.TicketId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryChecklistRepository implements ChecklistRepository {

    private final VersionedStore<ChecklistId, Checklist> store = new VersionedStore<>(
            (c, version) -> Checklist.restore(c.id(), c.ticketId(), c.name(), c.items(), c.ticks(), version));
    private final List<ChecklistId> started = new CopyOnWriteArrayList<>();

    @Override
    public Checklist save(Checklist checklist) {
        Checklist saved = store.save(checklist.id(), checklist);
        if (checklist.isNew()) {
            started.add(checklist.id());
        }
        return saved;
    }

    @Override
    public Optional<Checklist> findById(ChecklistId id) {
        return store.find(id);
    }

    @Override
    public List<Checklist> findByTicket(TicketId ticketId) {
        return started.stream()
                .flatMap(id -> store.find(id).stream())
                .filter(c -> c.ticketId().equals(ticketId))
                .toList();
    }
}
