package de.servicebot.core.ticket;

import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.shared.VersionedStore;
import de.servicebot.core.staff.StaffId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryTicketRepository implements TicketRepository {

    private static final Comparator<Ticket> NEWEST_FIRST =
            Comparator.comparing(Ticket::number).reversed();

    private final VersionedStore<TicketId, Ticket> store = new VersionedStore<>((t, version) -> Ticket.restore(
            t.id(),
            t.number(),
            t.content(),
            t.status(),
            t.assignee(),
            t.appointment(),
            t.handling(),
            t.createdBy(),
            t.createdAt(),
            version));

    @Override
    public Ticket save(Ticket ticket) {
        return store.save(ticket.id(), ticket);
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return store.find(id);
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        return store.all().stream().filter(t -> t.number().equals(number)).findFirst();
    }

    @Override
    public List<Ticket> findOpenByAssignee(StaffId assignee, int limit) {
        return store.all().stream()
                .filter(t -> t.status().isOpen()
                        && t.assignee().filter(assignee::equals).isPresent())
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Ticket> findByCustomer(CustomerId customer, int limit) {
        return store.all().stream()
                .filter(t -> t.customerId().equals(customer))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }
}
