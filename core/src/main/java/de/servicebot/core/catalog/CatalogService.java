package de.servicebot.core.catalog;

import de.servicebot.core.template.TemplateKind;
import de.servicebot.core.template.TextTemplate;
import de.servicebot.core.template.TextTemplateRepository;
import java.util.List;

/** The choices the forms offer: ticket types, main categories and time-entry activities. */
public final class CatalogService {

    private final CatalogRepository catalog;
    private final TextTemplateRepository templates;

    public CatalogService(CatalogRepository catalog, TextTemplateRepository templates) {
        this.catalog = catalog;
        this.templates = templates;
    }

    public List<TicketType> types() {
        return catalog.activeTypes();
    }

    public List<Category> categories() {
        return catalog.activeCategories();
    }

    /** The activities a time entry can have: the names of the time-entry templates. */
    public List<TextTemplate> activities() {
        return templates.findByKind(TemplateKind.TIME_ENTRY);
    }
}
