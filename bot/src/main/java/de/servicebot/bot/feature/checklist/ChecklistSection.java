package de.servicebot.bot.feature.checklist;

import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.core.checklist.Checklist;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.util.List;
import java.util.Optional;

/** The checklist progress on the ticket card, per checklist ("Server: 3/7 erledigt"). */
final class ChecklistSection implements TicketSection {

    private final ChecklistService checklists;

    ChecklistSection(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @Override
    public Optional<TicketView.Section> of(Ticket ticket, StaffMember me, Say say) {
        List<Checklist> lists = checklists.ofTicket(ticket.id(), me);
        if (lists.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = lists.stream()
                .map(c -> c.name() + ": "
                        + say.text(
                                "checklist.progress", c.doneCount(), c.items().size()))
                .toList();
        return Optional.of(new TicketView.Section(say.text("ticket.checklists"), lines));
    }
}
