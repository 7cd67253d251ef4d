package de.servicebot.core.staff;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryChatReferences implements ChatReferences {

    private final Map<String, String> references = new ConcurrentHashMap<>();

    @Override
    public void save(StaffId staff, String channel, String reference) {
        references.put(staff + "/" + channel, reference);
    }

    @Override
    public Optional<String> find(StaffId staff, String channel) {
        return Optional.ofNullable(references.get(staff + "/" + channel));
    }
}
