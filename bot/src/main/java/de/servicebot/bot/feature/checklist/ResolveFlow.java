package de.servicebot.bot.feature.checklist;

import de.servicebot.bot.conversation.FieldRefusal;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.ResolveTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketService;
import java.util.List;
import java.util.Map;

/**
 * Resolving a ticket (erledigt) and reopening it: each a form, so resolving is confirmed with what was done (and
 * whether the customer is told) and reopening says why. While required checklist points are open, the refusal comes
 * with the checklist as it is stored now.
 */
final class ResolveFlow {

    private static final Map<String, String> RESOLVE_FIELDS = Map.of(
            "ticket.resolution-missing", "resolution",
            "ticket.resolution-too-long", "resolution",
            "ticket.contact-without-email", "notifyCustomer");
    private static final Map<String, String> REOPEN_FIELDS = Map.of(
            "ticket.reopen-reason-missing", "reopenReason",
            "ticket.reopen-reason-too-long", "reopenReason");

    private final TicketService tickets;
    private final TicketViews views;
    private final ChecklistFlow checklists;

    ResolveFlow(TicketService tickets, TicketViews views, ChecklistFlow checklists) {
        this.tickets = tickets;
        this.views = views;
        this.checklists = checklists;
    }

    /** The confirmation step: the form asking what was done; refused at once when the person may not resolve. */
    Reply confirm(StaffMember me, Ticket ticket, Say say) {
        DomainException.require(
                ticket.resolvableBy(me),
                "ticket.resolve-not-allowed",
                ticket.number().toString());
        return Reply.of(resolveForm(me, ticket, say));
    }

    Reply resolve(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        FormView form = resolveForm(me, ticket, say).withValues(inputs.asMap());
        boolean notify = inputs.flag("notifyCustomer", false);
        Ticket resolved;
        try {
            resolved = Forms.refusingAt(
                    form,
                    RESOLVE_FIELDS,
                    () -> tickets.resolve(new ResolveTicket(ticket.id(), inputs.text("resolution"), notify), me));
        } catch (FieldRefusal refusal) {
            if (!refusal.refusal().code().equals("ticket.checklist-open")) {
                throw refusal;
            }
            return Reply.of(
                    TextView.error(say.refusal(refusal.refusal())), checklists.view(me, views.reload(me, ticket), say));
        }
        String confirmation = say.text("ticket.resolved", resolved.number().toString());
        if (notify) {
            confirmation +=
                    " " + say.text("ticket.solved-queued", contact(me, resolved).name());
        }
        return Reply.of(TextView.success(confirmation), views.view(resolved, me, say));
    }

    Reply askWhy(StaffMember me, Ticket ticket, Say say) {
        DomainException.require(
                ticket.reopenableBy(me),
                "ticket.reopen-not-allowed",
                ticket.number().toString());
        return Reply.of(new FormView(
                ChecklistFeature.REOPEN,
                say.text("form.reopen.title", ticket.number().toString(), ticket.subject()),
                List.of(say.field("reopenReason", FormView.Kind.MULTILINE, "", true)),
                TicketViews.ticketData(ticket),
                say.text("button.reopen"),
                ""));
    }

    Reply reopen(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        FormView form = ((FormView) askWhy(me, ticket, say).views().get(0)).withValues(inputs.asMap());
        Ticket reopened = Forms.refusingAt(
                form, REOPEN_FIELDS, () -> tickets.reopen(ticket.id(), inputs.text("reopenReason"), me));
        return Reply.of(
                TextView.success(say.text("ticket.reopened", reopened.number().toString())),
                views.view(reopened, me, say));
    }

    private FormView resolveForm(StaffMember me, Ticket ticket, Say say) {
        Contact contact = contact(me, ticket);
        return new FormView(
                ChecklistFeature.RESOLVE,
                say.text("form.resolve.title", ticket.number().toString(), ticket.subject()),
                List.of(
                        say.field("resolution", FormView.Kind.MULTILINE, "", true),
                        say.toggle(
                                "notifyCustomer",
                                say.text("field.notifyCustomer.solved", contact.name()),
                                false,
                                contact.email().map(e -> e.value()).orElse(say.text("field.notifyCustomer.no-email")))),
                TicketViews.ticketData(ticket),
                say.text("button.resolve.confirm"),
                "");
    }

    private Contact contact(StaffMember me, Ticket ticket) {
        return tickets.details(ticket.id(), me).contact();
    }
}
