package de.servicebot.core.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * What the in-memory repositories share: copies in, copies out, and a version check on every save, so that a fake
 * refuses a stale save exactly like the database does and a caller can never change stored state by accident.
 *
 * @param <K> the key (the aggregate's id)
 * @param <T> the aggregate
 */
public final class VersionedStore<K, T extends Versioned> {

    private final Map<K, T> stored = new ConcurrentHashMap<>();
    private final BiFunction<T, Long, T> restore;

    /** {@code restore} builds a copy of an aggregate with the given version. */
    public VersionedStore(BiFunction<T, Long, T> restore) {
        this.restore = restore;
    }

    /** Stores a copy as the next version; throws {@code common.concurrent-change} unless it was the latest. */
    public synchronized T save(K key, T aggregate) {
        long storedVersion =
                Optional.ofNullable(stored.get(key)).map(Versioned::version).orElse(0L);
        if (storedVersion != aggregate.version()) {
            throw new DomainException(Versioned.CONCURRENT_CHANGE);
        }
        T next = restore.apply(aggregate, aggregate.version() + 1);
        stored.put(key, next);
        return copy(next);
    }

    public Optional<T> find(K key) {
        return Optional.ofNullable(stored.get(key)).map(this::copy);
    }

    /** Copies of everything stored. */
    public List<T> all() {
        return stored.values().stream().map(this::copy).toList();
    }

    public void remove(K key) {
        stored.remove(key);
    }

    private T copy(T aggregate) {
        return restore.apply(aggregate, aggregate.version());
    }
}
