package de.servicebot.bot.feature.checklist;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.TicketAction;
import de.servicebot.core.ticket.TicketService;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A ticket's checklists ({@code checkliste}): ticking what is really done, unticking with a reason, resolving the ticket ({@code erledigt}) with what was done, refused while required points are open, and reopening it with a reason. */
public final class ChecklistFeature implements Feature {

    public static final String SHOW = "checklist.show";
    public static final String TICK_OPEN = "checklist.tick.open";
    public static final String TICK = "checklist.tick";
    public static final String UNTICK_OPEN = "checklist.untick.open";
    public static final String UNTICK = "checklist.untick";
    /** Opens the confirmation form of resolving. */
    public static final String RESOLVE_OPEN = "ticket.resolve.open";

    public static final String RESOLVE = "ticket.resolve";
    /** Opens the form asking why a ticket is reopened. */
    public static final String REOPEN_OPEN = "ticket.reopen.open";

    public static final String REOPEN = "ticket.reopen";
    /** The hidden input carrying a checklist's id. */
    public static final String CHECKLIST_ID = "checklistId";
    /** The hidden input carrying the number of a checklist point (from 1). */
    public static final String POINT = "point";

    /** The ticket card's button that shows the checklists. */
    public static final TicketButton SHOW_BUTTON =
            new TicketButton(TicketAction.VIEW_CHECKLISTS, "button.checklist", SHOW);

    /** The ticket card's button that resolves the ticket. */
    public static final TicketButton RESOLVE_BUTTON =
            new TicketButton(TicketAction.RESOLVE, "button.resolve", RESOLVE_OPEN);

    /** The ticket card's button that reopens a resolved (or, for admins, a closed) ticket. */
    public static final TicketButton REOPEN_BUTTON =
            new TicketButton(TicketAction.REOPEN, "button.reopen", REOPEN_OPEN);

    private final ChecklistFlow checklists;
    private final ResolveFlow resolution;
    private final TicketService tickets;
    private final TicketViews views;

    public ChecklistFeature(
            ChecklistService checklists, TicketService tickets, StaffService staff, TicketViews views, Clock clock) {
        this.checklists = new ChecklistFlow(checklists, tickets, staff, views, clock);
        this.resolution = new ResolveFlow(tickets, views, this.checklists);
        this.tickets = tickets;
        this.views = views;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.of(
                        "checklist",
                        List.of("checkliste", "checklist"),
                        Argument.REQUIRED,
                        (me, argument, say) ->
                                checklists.show(me, tickets.find(CommandSpec.firstWord(argument), me), say)),
                CommandSpec.of(
                        "resolve",
                        List.of("erledigt", "lösen", "loesen", "resolve"),
                        Argument.REQUIRED,
                        (me, argument, say) ->
                                resolution.confirm(me, tickets.find(CommandSpec.firstWord(argument), me), say)));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(
                RESOLVE_OPEN, (me, inputs, say) -> resolution.confirm(me, views.ticket(me, inputs), say),
                REOPEN_OPEN, (me, inputs, say) -> resolution.askWhy(me, views.ticket(me, inputs), say),
                REOPEN, (me, inputs, say) -> resolution.reopen(me, views.ticket(me, inputs), inputs, say),
                SHOW, (me, inputs, say) -> checklists.show(me, views.ticket(me, inputs), say),
                TICK_OPEN, (me, inputs, say) -> checklists.open(me, views.ticket(me, inputs), inputs, say),
                TICK, (me, inputs, say) -> checklists.tick(me, views.ticket(me, inputs), inputs, say),
                UNTICK_OPEN, (me, inputs, say) -> checklists.untickForm(me, views.ticket(me, inputs), inputs, say),
                UNTICK, (me, inputs, say) -> checklists.untick(me, views.ticket(me, inputs), inputs, say),
                RESOLVE, (me, inputs, say) -> resolution.resolve(me, views.ticket(me, inputs), inputs, say));
    }

    /** What the feature adds to the ticket card. */
    public static TicketSection section(ChecklistService checklists) {
        return new ChecklistSection(checklists);
    }
}
