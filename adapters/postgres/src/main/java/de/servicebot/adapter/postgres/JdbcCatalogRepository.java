package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.CategoryRow;
import de.servicebot.adapter.postgres.Rows.TicketTypeRow;
import de.servicebot.adapter.postgres.SpringDataRepositories.CategoryRows;
import de.servicebot.adapter.postgres.SpringDataRepositories.TicketTypeRows;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.Category;
import de.servicebot.core.catalog.CategoryId;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

class JdbcCatalogRepository implements CatalogRepository {

    private final TicketTypeRows types;
    private final CategoryRows categories;
    private final JdbcAggregateOperations aggregates;

    JdbcCatalogRepository(TicketTypeRows types, CategoryRows categories, JdbcAggregateOperations aggregates) {
        this.types = types;
        this.categories = categories;
        this.aggregates = aggregates;
    }

    @Override
    public TicketType save(TicketType type) {
        TicketTypeRow row = new TicketTypeRow(type.id().value(), type.name(), type.active(), type.baseInstallation());
        Versions.saving(
                () -> types.existsById(row.id()) ? aggregates.update(row) : aggregates.insert(row),
                Map.of("ticket_type_name_key", () -> new DomainException("catalog.name-taken", type.name())));
        return type;
    }

    @Override
    public Category save(Category category) {
        CategoryRow row = new CategoryRow(category.id().value(), category.name(), category.active());
        Versions.saving(
                () -> categories.existsById(row.id()) ? aggregates.update(row) : aggregates.insert(row),
                Map.of("category_name_key", () -> new DomainException("catalog.name-taken", category.name())));
        return category;
    }

    @Override
    public Optional<TicketType> findType(TicketTypeId id) {
        return types.findById(id.value()).map(JdbcCatalogRepository::asAggregate);
    }

    @Override
    public Optional<Category> findCategory(CategoryId id) {
        return categories.findById(id.value()).map(JdbcCatalogRepository::asAggregate);
    }

    @Override
    public List<TicketType> activeTypes() {
        return types.findActive().stream()
                .map(JdbcCatalogRepository::asAggregate)
                .toList();
    }

    @Override
    public List<Category> activeCategories() {
        return categories.findActive().stream()
                .map(JdbcCatalogRepository::asAggregate)
                .toList();
    }

    private static TicketType asAggregate(TicketTypeRow row) {
        return new TicketType(new TicketTypeId(row.id()), row.name(), row.active(), row.baseInstallation());
    }

    private static Category asAggregate(CategoryRow row) {
        return new Category(new CategoryId(row.id()), row.name(), row.active());
    }
}
