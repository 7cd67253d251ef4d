package de.servicebot.core.checklist;

import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

public final class InMemoryChecklistTemplates implements ChecklistTemplates {

    private final List<ChecklistTemplate> revisions = new ArrayList<>();

    @Override
    public synchronized ChecklistTemplate add(ChecklistTemplate revision) {
        boolean taken = revisions.stream()
                .anyMatch(r -> r.typeId().equals(revision.typeId())
                        && r.name().equals(revision.name())
                        && r.revision() == revision.revision());
        if (taken) {
            throw new DomainException(Versioned.CONCURRENT_CHANGE);
        }
        revisions.add(revision);
        return revision;
    }

    @Override
    public synchronized List<ChecklistTemplate> currentFor(TicketTypeId typeId) {
        return revisions.stream()
                .filter(r -> r.typeId().equals(typeId))
                .collect(Collectors.toMap(
                        ChecklistTemplate::name, r -> r, (a, b) -> a.revision() > b.revision() ? a : b))
                .values()
                .stream()
                .sorted(Comparator.comparing(ChecklistTemplate::name))
                .toList();
    }

    @Override
    public synchronized Optional<ChecklistTemplate> current(TicketTypeId typeId, String name) {
        return currentFor(typeId).stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
