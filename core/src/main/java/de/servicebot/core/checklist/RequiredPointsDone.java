package de.servicebot.core.checklist;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.ticket.ResolvePolicy;
import de.servicebot.core.ticket.Ticket;
import java.util.List;

/**
 * Resolving policy: no required checklist point is still open ("erst abhaken, wenn fertig"). Refused with
 * {@code ticket.checklist-open} and the open points as "checklist: point".
 */
public final class RequiredPointsDone implements ResolvePolicy {

    private final ChecklistRepository checklists;

    public RequiredPointsDone(ChecklistRepository checklists) {
        this.checklists = checklists;
    }

    @Override
    public void check(Ticket ticket) {
        List<String> open = checklists.findByTicket(ticket.id()).stream()
                .flatMap(c -> c.openRequired().stream().map(item -> c.name() + ": " + item.text()))
                .toList();
        DomainException.require(
                open.isEmpty(), "ticket.checklist-open", ticket.number().toString(), open);
    }
}
