package de.servicebot.core.catalog;

import de.servicebot.core.shared.DomainException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryCatalogRepository implements CatalogRepository {

    private final Map<TicketTypeId, TicketType> types = new ConcurrentHashMap<>();
    private final Map<CategoryId, Category> categories = new ConcurrentHashMap<>();

    @Override
    public synchronized TicketType save(TicketType type) {
        boolean taken = types.values().stream()
                .anyMatch(t -> !t.id().equals(type.id()) && t.name().equalsIgnoreCase(type.name()));
        DomainException.require(!taken, "catalog.name-taken", type.name());
        types.put(type.id(), type);
        return type;
    }

    @Override
    public synchronized Category save(Category category) {
        boolean taken = categories.values().stream()
                .anyMatch(c -> !c.id().equals(category.id()) && c.name().equalsIgnoreCase(category.name()));
        DomainException.require(!taken, "catalog.name-taken", category.name());
        categories.put(category.id(), category);
        return category;
    }

    @Override
    public Optional<TicketType> findType(TicketTypeId id) {
        return Optional.ofNullable(types.get(id));
    }

    @Override
    public Optional<Category> findCategory(CategoryId id) {
        return Optional.ofNullable(categories.get(id));
    }

    @Override
    public List<TicketType> activeTypes() {
        return types.values().stream()
                .filter(TicketType::active)
                .sorted(Comparator.comparing(TicketType::name))
                .toList();
    }

    @Override
    public List<Category> activeCategories() {
        return categories.values().stream()
                .filter(Category::active)
                .sorted(Comparator.comparing(Category::name))
                .toList();
    }
}
