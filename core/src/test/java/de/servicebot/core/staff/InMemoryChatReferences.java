package de.servicebot.core.staff;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryChatReferences implements ChatReferences {

    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final Map<StaffId, String> lastUsed = new ConcurrentHashMap<>();

    @Override
    public void save(StaffId staff, String channel, String reference) {
        references.put(staff + "/" + channel, reference);
        lastUsed.put(staff, channel);
    }

    @Override
    public Optional<String> lastUsed(StaffId staff) {
        return Optional.ofNullable(lastUsed.get(staff));
    }

    @Override
    public Optional<String> find(StaffId staff, String channel) {
        return Optional.ofNullable(references.get(staff + "/" + channel));
    }
}
