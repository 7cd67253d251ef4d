package de.servicebot.bot.feature.delivery;

import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.feature.time.TimeEntryFollowUp;
import de.servicebot.bot.feature.time.TimeFeature;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketAction;
import de.servicebot.core.time.TimeEntry;
import java.util.Map;
import java.util.Optional;

/** "Material hinzufügen" under a freshly booked time entry: material used for that work goes onto the delivery note. */
public final class MaterialAfterTime implements TimeEntryFollowUp {

    @Override
    public Optional<ButtonView> after(TimeEntry booked, Ticket ticket, StaffMember me, Say say) {
        if (!TicketAction.allowed(ticket, me).contains(TicketAction.RECORD_MATERIAL)) {
            return Optional.empty();
        }
        return Optional.of(new ButtonView(
                say.text("button.material-add"),
                DeliveryFeature.MATERIAL_OPEN,
                Map.of(
                        Actions.TICKET_ID,
                        ticket.id().toString(),
                        TimeFeature.ENTRY_ID,
                        booked.id().toString())));
    }
}
