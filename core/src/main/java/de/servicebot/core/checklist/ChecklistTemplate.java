package de.servicebot.core.checklist;

import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One revision of a checklist template (Checklistenvorlage) of a ticket type. A change never edits a revision: it
 * makes the next one, so the checklists already started from an earlier revision stay exactly as they were.
 *
 * @param revision 1 for the first version of the template under this name, then 2, 3, ...
 */
public record ChecklistTemplate(
        ChecklistTemplateId id,
        TicketTypeId typeId,
        String name,
        int revision,
        List<ChecklistItem> items,
        StaffId changedBy,
        Instant changedAt) {

    public static final int MAX_NAME = 120;
    public static final int MAX_ITEMS = 100;

    public ChecklistTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        name = name == null ? "" : name.strip();
        DomainException.require(!name.isEmpty(), "checklist.template-name-missing");
        DomainException.require(name.length() <= MAX_NAME, "checklist.template-name-too-long", MAX_NAME);
        items = List.copyOf(items);
        DomainException.require(!items.isEmpty(), "checklist.template-empty", name);
        DomainException.require(items.size() <= MAX_ITEMS, "checklist.template-too-long", MAX_ITEMS);
        DomainException.require(
                !items.get(0).inOrder(),
                "checklist.template-first-in-order",
                items.get(0).text());
        if (revision < 1) {
            throw new IllegalArgumentException("Revisions count from 1");
        }
    }

    /** The first revision of a new template. */
    public static ChecklistTemplate first(
            TicketTypeId typeId, String name, List<ChecklistItem> items, StaffId by, Instant at) {
        return new ChecklistTemplate(ChecklistTemplateId.newId(), typeId, name, 1, items, by, at);
    }

    /** The next revision with the given points; this one stays as it is. */
    public ChecklistTemplate revise(List<ChecklistItem> newItems, StaffId by, Instant at) {
        return new ChecklistTemplate(ChecklistTemplateId.newId(), typeId, name, revision + 1, newItems, by, at);
    }

    /** A fresh checklist on the ticket with a copy of this revision's points. */
    public Checklist startOn(TicketId ticketId) {
        return Checklist.start(ticketId, name, items);
    }
}
