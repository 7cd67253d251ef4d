package de.servicebot.core.catalog;

import java.util.List;
import java.util.Optional;

/** Stores ticket types and main categories. Names are unique, ignoring case. */
public interface CatalogRepository {

    /** Stores the type; throws {@code DomainException} {@code catalog.name-taken} for a name already in use. */
    TicketType save(TicketType type);

    /** Stores the category; throws {@code DomainException} {@code catalog.name-taken} for a name already in use. */
    Category save(Category category);

    Optional<TicketType> findType(TicketTypeId id);

    Optional<Category> findCategory(CategoryId id);

    /** Active types, ordered by name. */
    List<TicketType> activeTypes();

    /** Active categories, ordered by name. */
    List<Category> activeCategories();
}
