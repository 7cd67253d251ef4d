package de.servicebot.bot.feature.time;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.TicketAction;
import de.servicebot.core.ticket.TicketService;
import de.servicebot.core.time.TimeService;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Booking time on a ticket ({@code zeit}) and its time sheet ({@code zeiten}), with corrections. */
public final class TimeFeature implements Feature {

    public static final String OPEN = "time.book.open";
    public static final String BOOK = "time.book";
    public static final String SHEET = "time.sheet";
    public static final String EDIT = "time.edit";
    public static final String DELETE = "time.delete";
    /** The hidden input carrying a time entry's id. */
    public static final String ENTRY_ID = "entryId";

    /** The ticket card's button that opens the time form. */
    public static final TicketButton BOOK_BUTTON = new TicketButton(TicketAction.LOG_TIME, "button.time", OPEN);

    /** The ticket card's button that shows the time sheet. */
    public static final TicketButton SHEET_BUTTON = new TicketButton(TicketAction.VIEW_TIMES, "button.times", SHEET);

    private final TimeEntryFlow time;
    private final TicketService tickets;
    private final TicketViews views;

    public TimeFeature(
            TimeService time,
            CatalogService catalog,
            StaffService staff,
            TicketService tickets,
            TicketViews views,
            Clock clock) {
        this(time, catalog, staff, tickets, views, clock, List.of());
    }

    /** With the buttons other features offer under a freshly booked entry. */
    public TimeFeature(
            TimeService time,
            CatalogService catalog,
            StaffService staff,
            TicketService tickets,
            TicketViews views,
            Clock clock,
            List<TimeEntryFollowUp> followUps) {
        this.time = new TimeEntryFlow(time, catalog, staff, clock, followUps);
        this.tickets = tickets;
        this.views = views;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                new CommandSpec(
                        "time",
                        List.of("zeit", "time"),
                        Argument.REQUIRED,
                        true,
                        (me, argument, say) -> time.start(
                                me,
                                tickets.find(CommandSpec.firstWord(argument), me),
                                CommandSpec.afterFirstWord(argument),
                                say)),
                CommandSpec.of(
                        "times",
                        List.of("zeiten", "times"),
                        Argument.REQUIRED,
                        (me, argument, say) -> de.servicebot.bot.conversation.Reply.of(
                                time.sheet(me, tickets.find(CommandSpec.firstWord(argument), me), say))));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(
                OPEN, (me, inputs, say) -> time.start(me, views.ticket(me, inputs), "", say),
                BOOK, (me, inputs, say) -> time.submit(me, views.ticket(me, inputs), inputs, say),
                SHEET,
                        (me, inputs, say) ->
                                de.servicebot.bot.conversation.Reply.of(time.sheet(me, views.ticket(me, inputs), say)),
                EDIT, (me, inputs, say) -> time.edit(me, views.ticket(me, inputs), inputs, say),
                DELETE, (me, inputs, say) -> time.delete(me, views.ticket(me, inputs), inputs, say));
    }

    /** What the feature adds to the ticket card. */
    public static TicketSection section(TimeService time) {
        return new TimeSection(time);
    }
}
