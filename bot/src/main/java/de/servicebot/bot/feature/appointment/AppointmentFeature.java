package de.servicebot.bot.feature.appointment;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.appointment.AppointmentService;
import de.servicebot.core.ticket.TicketAction;
import de.servicebot.core.ticket.TicketService;
import java.util.List;
import java.util.Map;

/** A ticket's appointment ({@code termin}): set or move it, on site or remote, or cancel it. */
public final class AppointmentFeature implements Feature {

    /** Opens the form that sets or moves the appointment. */
    public static final String OPEN = "appointment.open";

    public static final String SET = "appointment.set";
    /** Opens the form that confirms cancelling the appointment. */
    public static final String CANCEL_OPEN = "appointment.cancel.open";

    public static final String CANCEL = "appointment.cancel";

    /** The ticket card's button that sets or moves the appointment. */
    public static final TicketButton SCHEDULE_BUTTON =
            new TicketButton(TicketAction.SCHEDULE, "button.appointment", OPEN);

    /** The ticket card's button that cancels the appointment. */
    public static final TicketButton CANCEL_BUTTON =
            new TicketButton(TicketAction.CANCEL_APPOINTMENT, "button.appointment-cancel", CANCEL_OPEN);

    private final AppointmentFlow flow;
    private final TicketService tickets;
    private final TicketViews views;

    public AppointmentFeature(AppointmentService appointments, TicketService tickets, TicketViews views) {
        this.flow = new AppointmentFlow(appointments, tickets, views);
        this.tickets = tickets;
        this.views = views;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of(
                "appointment",
                List.of("termin", "appointment"),
                Argument.REQUIRED,
                (me, argument, say) -> flow.form(me, tickets.find(CommandSpec.firstWord(argument), me), say)));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(
                OPEN, (me, inputs, say) -> flow.form(me, views.ticket(me, inputs), say),
                SET, (me, inputs, say) -> flow.set(me, views.ticket(me, inputs), inputs, say),
                CANCEL_OPEN, (me, inputs, say) -> flow.confirmCancel(me, views.ticket(me, inputs), say),
                CANCEL, (me, inputs, say) -> flow.cancel(me, views.ticket(me, inputs), inputs, say));
    }
}
