package de.servicebot.core.template;

import de.servicebot.core.shared.DomainException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryTextTemplateRepository implements TextTemplateRepository {

    private final Map<TextTemplateId, TextTemplate> templates = new ConcurrentHashMap<>();

    @Override
    public synchronized TextTemplate save(TextTemplate template) {
        findByName(template.kind(), template.name())
                .filter(other -> !other.id().equals(template.id()))
                .ifPresent(other -> {
                    throw new DomainException("template.name-taken", template.name());
                });
        templates.put(template.id(), template);
        return template;
    }

    @Override
    public Optional<TextTemplate> findByName(TemplateKind kind, String name) {
        return templates.values().stream()
                .filter(t -> t.kind() == kind && t.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    @Override
    public List<TextTemplate> findByKind(TemplateKind kind) {
        return templates.values().stream()
                .filter(t -> t.kind() == kind)
                .sorted(Comparator.comparing(TextTemplate::name))
                .toList();
    }
}
