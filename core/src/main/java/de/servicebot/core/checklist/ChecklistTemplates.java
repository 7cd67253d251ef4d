package de.servicebot.core.checklist;

import de.servicebot.core.catalog.TicketTypeId;
import java.util.List;
import java.util.Optional;

/** Stores the revisions of checklist templates; the newest revision of each name is the one in use. */
public interface ChecklistTemplates {

    /**
     * Stores a new revision. Throws {@code DomainException} {@code common.concurrent-change} when that revision of
     * that name already exists, i.e. someone else changed the template at the same time.
     */
    ChecklistTemplate add(ChecklistTemplate revision);

    /** The newest revision of each template of the type, by name. */
    List<ChecklistTemplate> currentFor(TicketTypeId typeId);

    /** The newest revision of the type's template of that name. */
    Optional<ChecklistTemplate> current(TicketTypeId typeId, String name);
}
