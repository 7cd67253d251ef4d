package de.servicebot.core.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The reactions features register at start-up, called in the order they were registered for every event of their
 * type (or a subtype), in the publisher's thread and transaction.
 */
public final class DomainEventBus implements DomainEvents {

    private final List<Reaction<?>> reactions = new CopyOnWriteArrayList<>();

    public <E extends DomainEvent> void subscribe(Class<E> type, Consumer<? super E> reaction) {
        reactions.add(new Reaction<>(type, reaction));
    }

    @Override
    public void publish(DomainEvent event) {
        for (Reaction<?> reaction : reactions) {
            reaction.offer(event);
        }
    }

    private record Reaction<E extends DomainEvent>(Class<E> type, Consumer<? super E> handler) {
        void offer(DomainEvent event) {
            if (type.isInstance(event)) {
                handler.accept(type.cast(event));
            }
        }
    }
}
