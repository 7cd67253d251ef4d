package de.servicebot.bot.feature.call;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.call.CallService;
import de.servicebot.core.ticket.TicketAction;
import de.servicebot.core.ticket.TicketService;
import java.util.List;
import java.util.Map;

/** Logging a call on a ticket ({@code anruf}); the assignee is told. */
public final class CallFeature implements Feature {

    public static final String OPEN = "call.log.open";
    public static final String LOG = "call.log";

    /** The ticket card's button that opens the call form. */
    public static final TicketButton LOG_BUTTON = new TicketButton(TicketAction.LOG_CALL, "button.call", OPEN);

    private final CallFlow calls;
    private final TicketService tickets;
    private final TicketViews views;

    public CallFeature(CallService calls, TicketService tickets, TicketViews views) {
        this.calls = new CallFlow(calls, tickets);
        this.tickets = tickets;
        this.views = views;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(new CommandSpec(
                "call",
                List.of("anruf", "call", "info"),
                Argument.REQUIRED,
                true,
                (me, argument, say) -> calls.start(me, tickets.find(CommandSpec.firstWord(argument), me), say)));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(
                OPEN, (me, inputs, say) -> calls.start(me, views.ticket(me, inputs), say),
                LOG, (me, inputs, say) -> calls.submit(me, views.ticket(me, inputs), inputs, say));
    }

    /** What the feature adds to the ticket card. */
    public static TicketSection section(CallService calls, java.time.Clock clock) {
        return new CallSection(calls, clock);
    }
}
