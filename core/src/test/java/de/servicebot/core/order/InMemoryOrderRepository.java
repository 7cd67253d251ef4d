package de.servicebot.core.order;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.VersionedStore;
import de.servicebot.core.ticket.TicketId;
import java.util.Optional;

public final class InMemoryOrderRepository implements OrderRepository {

    private final VersionedStore<OrderId, Order> store = new VersionedStore<>((o, version) -> Order.restore(
            o.id(),
            o.number(),
            o.customerId(),
            o.positions(),
            o.agreements(),
            o.receivedAt(),
            o.agreedDate(),
            o.document(),
            o.tickets(),
            o.baseTicket(),
            version));

    @Override
    public synchronized Order save(Order order) {
        findByNumber(order.number())
                .filter(other -> !other.id().equals(order.id()))
                .ifPresent(other -> {
                    throw new DomainException("order.number-taken", order.number());
                });
        return store.save(order.id(), order);
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return store.find(id);
    }

    @Override
    public Optional<Order> findByNumber(String number) {
        return store.all().stream().filter(o -> o.number().equals(number)).findFirst();
    }

    @Override
    public Optional<Order> findByTicket(TicketId ticketId) {
        return store.all().stream()
                .filter(o -> o.tickets().contains(ticketId)
                        || o.baseTicket().filter(ticketId::equals).isPresent())
                .findFirst();
    }
}
