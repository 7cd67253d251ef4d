package de.servicebot.core.checklist;

import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Working through a ticket's checklists and resolving the ticket: a point is ticked by the person who did it, taking a
 * tick back needs a reason and is audited, and a ticket with required points still open cannot be resolved. Two
 * people ticking the same checklist at once never lose a tick: the one whose save came second reads the checklist
 * again and ticks on the fresh state, or learns from it that the point is done already.
 */
public final class ChecklistService {

    /** How often a tick is tried again on the fresh checklist when someone else saved it in between. */
    static final int ATTEMPTS = 50;

    private final ChecklistRepository checklists;
    private final ChecklistTemplates templates;
    private final TicketRepository tickets;
    private final CatalogRepository catalog;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ChecklistService(
            ChecklistRepository checklists,
            ChecklistTemplates templates,
            TicketRepository tickets,
            CatalogRepository catalog,
            AuditLog audit,
            Transactions transactions,
            Clock clock) {
        this.checklists = checklists;
        this.templates = templates;
        this.tickets = tickets;
        this.catalog = catalog;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The ticket's checklists, in the order they were started. */
    public List<Checklist> ofTicket(TicketId ticketId, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return checklists.findByTicket(ticketId);
    }

    /**
     * Ticks point {@code position} (from 1) of the ticket's checklist as done by {@code by}, with the note and
     * evidence it asks for. Returns the checklist as stored. A checklist of another ticket is refused as not found.
     */
    public Checklist tick(
            TicketId ticketId, ChecklistId id, int position, String note, String evidence, StaffMember by) {
        by.require(Permission.WORK_CHECKLIST);
        return retryingOnConcurrentChange(() -> transactions.inTransaction(() -> {
            Checklist checklist = workable(ticketId, id);
            checklist.tick(position, by.id(), clock.instant(), note, evidence);
            return checklists.save(checklist);
        }));
    }

    /**
     * Takes back the tick of point {@code position} of the ticket's checklist, for the reason given; the audit log
     * keeps who, when and why. A checklist of another ticket is refused as not found.
     */
    public Checklist untick(TicketId ticketId, ChecklistId id, int position, String reason, StaffMember by) {
        by.require(Permission.WORK_CHECKLIST);
        return retryingOnConcurrentChange(() -> transactions.inTransaction(() -> {
            Checklist checklist = workable(ticketId, id);
            Untick untick = checklist.untick(position, by.id(), clock.instant(), reason);
            Checklist saved = checklists.save(checklist);
            audit.record(new AuditEntry(
                    untick.at(),
                    by.id(),
                    "checklist.unticked",
                    checklist.ticketId().toString(),
                    "checklist=" + id + " point=" + position + " tickedBy="
                            + untick.undone().by() + " tickedAt="
                            + untick.undone().at() + " reason=" + untick.reason()));
            return saved;
        }));
    }

    /** The templates in use for the type, by name. */
    public List<ChecklistTemplate> templates(TicketTypeId typeId, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return templates.currentFor(typeId);
    }

    /**
     * Sets the points of the type's template of that name: the first revision of a new template or the next one of
     * an existing template. Checklists already running keep the points they were started with.
     */
    public ChecklistTemplate defineTemplate(
            TicketTypeId typeId, String name, List<ChecklistItem> items, StaffMember by) {
        by.require(Permission.EDIT_CHECKLISTS);
        return transactions.inTransaction(() -> {
            catalog.findType(typeId).orElseThrow(() -> new DomainException("ticket.type-unknown"));
            Instant now = clock.instant();
            String stripped = name == null ? "" : name.strip();
            ChecklistTemplate next = templates
                    .current(typeId, stripped)
                    .map(current -> current.revise(items, by.id(), now))
                    .orElseGet(() -> ChecklistTemplate.first(typeId, stripped, items, by.id(), now));
            ChecklistTemplate saved = templates.add(next);
            audit.record(new AuditEntry(
                    now,
                    by.id(),
                    "checklist-template.changed",
                    saved.id().toString(),
                    "type=" + typeId.value() + " revision=" + saved.revision() + " items=" + items.size()));
            return saved;
        });
    }

    /** The checklists the type's current templates give a new ticket; stored by the caller's transaction. */
    public List<Checklist> startFor(Ticket ticket) {
        return templates.currentFor(ticket.typeId()).stream()
                .map(template -> checklists.save(template.startOn(ticket.id())))
                .toList();
    }

    private Checklist workable(TicketId ticketId, ChecklistId id) {
        Checklist checklist = checklists
                .findById(id)
                .filter(found -> found.ticketId().equals(ticketId))
                .orElseThrow(() -> new DomainException("checklist.not-found"));
        Ticket ticket = ticket(checklist.ticketId());
        DomainException.require(
                ticket.status().isOpen(),
                "checklist.ticket-finished",
                ticket.number().toString(),
                ticket.status());
        return checklist;
    }

    private Ticket ticket(TicketId id) {
        return tickets.findById(id).orElseThrow(() -> new DomainException("ticket.not-found", id.toString()));
    }

    private static <T> T retryingOnConcurrentChange(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DomainException refused) {
                if (!Versioned.CONCURRENT_CHANGE.equals(refused.code()) || attempt >= ATTEMPTS) {
                    throw refused;
                }
            }
        }
    }
}
