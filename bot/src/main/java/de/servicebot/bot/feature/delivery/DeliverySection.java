package de.servicebot.bot.feature.delivery;

import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.core.delivery.DeliveryNote;
import de.servicebot.core.delivery.DeliveryNoteService;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ticket's delivery notes on its card, each with its state and number of lines, and a warning while an on-site
 * appointment has no issued note ("Termine vor Ort immer nur mit Lieferschein").
 */
public final class DeliverySection implements TicketSection {

    private final DeliveryNoteService notes;

    public DeliverySection(DeliveryNoteService notes) {
        this.notes = notes;
    }

    @Override
    public Optional<TicketView.Section> of(Ticket ticket, StaffMember me, Say say) {
        List<DeliveryNote> all = notes.ofTicket(ticket.id(), me);
        boolean onSite = ticket.appointment().filter(Appointment::onSite).isPresent();
        if (all.isEmpty() && !onSite) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (DeliveryNote note : all) {
            lines.add(DeliveryFlow.title(note, say) + " · " + DeliveryFlow.status(note, say) + " · "
                    + say.text("delivery.lines", note.lines().size()));
        }
        if (onSite && all.stream().noneMatch(DeliveryNote::issuedDelivery)) {
            lines.add(say.text("delivery.on-site-missing"));
        }
        return Optional.of(new TicketView.Section(say.text("delivery.section"), lines));
    }
}
