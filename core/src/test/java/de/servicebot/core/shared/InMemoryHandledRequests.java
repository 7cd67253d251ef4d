package de.servicebot.core.shared;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The keys handled, in memory; a claim is never rolled back here, as nothing is. */
public final class InMemoryHandledRequests implements HandledRequests {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    @Override
    public boolean claim(String key) {
        return keys.add(key);
    }

    @Override
    public int forgetBefore(Instant before) {
        return 0;
    }
}
