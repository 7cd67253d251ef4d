package de.servicebot.bot.feature.time;

import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.time.TimeService;
import de.servicebot.core.time.TimeSheet;
import java.util.List;
import java.util.Optional;

/** The time booked on the ticket card: the total and how many entries; the card's "Zeiten" button opens the sheet. */
final class TimeSection implements TicketSection {

    private final TimeService time;

    TimeSection(TimeService time) {
        this.time = time;
    }

    @Override
    public Optional<TicketView.Section> of(Ticket ticket, StaffMember me, Say say) {
        TimeSheet sheet = time.sheet(ticket.id(), me);
        if (sheet.entries().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TicketView.Section(
                say.text("ticket.time"),
                List.of(
                        sheet.entries().size() == 1
                                ? say.text("ticket.time-total.one", sheet.formattedTotal())
                                : say.text(
                                        "ticket.time-total",
                                        sheet.formattedTotal(),
                                        sheet.entries().size()))));
    }
}
