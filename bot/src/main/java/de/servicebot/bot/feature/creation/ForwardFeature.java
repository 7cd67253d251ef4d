package de.servicebot.bot.feature.creation;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.notification.MailPreview;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.TicketService;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Forwarding a ticket to a technician ({@code weiterleiten}), who is told; the customer gets a receipt if ticked. */
public final class ForwardFeature implements Feature {

    private final ForwardFlow forward;
    private final TicketService tickets;
    private final TicketViews views;

    public ForwardFeature(
            CreationService creation,
            TicketService tickets,
            StaffService staff,
            TicketViews views,
            MailPreview previews,
            Clock clock) {
        this.forward = new ForwardFlow(creation, tickets, staff, views, previews, clock);
        this.tickets = tickets;
        this.views = views;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of(
                "forward",
                List.of("weiterleiten", "forward"),
                Argument.REQUIRED,
                (me, argument, say) -> forward.start(me, tickets.find(CommandSpec.firstWord(argument), me), say)));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(
                CreationFeature.FORWARD_OPEN,
                (me, inputs, say) -> forward.start(me, views.ticket(me, inputs), say),
                CreationFeature.FORWARD,
                (me, inputs, say) -> forward.submit(me, views.ticket(me, inputs), inputs, say));
    }
}
