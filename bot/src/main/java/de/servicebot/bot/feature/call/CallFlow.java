package de.servicebot.bot.feature.call;

import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.call.CallService;
import de.servicebot.core.call.LogCall;
import de.servicebot.core.call.LoggedCall;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketService;
import java.util.List;
import java.util.Map;

/** "Anrufe / Infos": logging a call on a ticket; the person handling it is told. */
final class CallFlow {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("call.caller-missing", "callerName"),
            Map.entry("call.caller-too-long", "callerName"),
            Map.entry("call.phone-invalid", "callerPhone"),
            Map.entry("call.phone-too-long", "callerPhone"),
            Map.entry("call.phone-missing-for-callback", "callerPhone"),
            Map.entry("call.summary-missing", "summary"),
            Map.entry("call.summary-too-long", "summary"));

    private final CallService calls;
    private final TicketService tickets;

    CallFlow(CallService calls, TicketService tickets) {
        this.calls = calls;
        this.tickets = tickets;
    }

    Reply start(StaffMember me, Ticket ticket, Say say) {
        me.require(Permission.LOG_CALL);
        return Reply.of(form(me, ticket, say));
    }

    Reply submit(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        FormView form = form(me, ticket, say).withValues(inputs.asMap());
        LoggedCall logged = Forms.refusingAt(
                form,
                FIELDS,
                () -> calls.log(
                        new LogCall(
                                ticket.id(),
                                inputs.text("callerName"),
                                inputs.text("callerPhone"),
                                inputs.text("summary"),
                                inputs.flag("callbackWanted", false)),
                        me));
        String text = say.text("call.logged", ticket.number().toString())
                + logged.notified()
                        .map(name -> " " + say.text("call.notified", name))
                        .orElse("");
        return Reply.of(TextView.success(text));
    }

    private FormView form(StaffMember me, Ticket ticket, Say say) {
        Contact contact = tickets.details(ticket.id(), me).contact();
        return new FormView(
                CallFeature.LOG,
                say.text("form.call.title", ticket.number().toString(), ticket.subject()),
                List.of(
                        say.field("callerName", FormView.Kind.TEXT, contact.name(), true),
                        say.field("callerPhone", FormView.Kind.TEXT, contact.phone(), false),
                        say.field("summary", FormView.Kind.MULTILINE, "", true),
                        say.field("callbackWanted", FormView.Kind.TOGGLE, "false", false)),
                TicketViews.ticketData(ticket),
                say.text("button.log-call"),
                "");
    }
}
