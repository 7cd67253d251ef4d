package de.servicebot.bot.feature.creation;

import de.servicebot.bot.conversation.AppointmentFields;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.creation.ForwardTicket;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.notification.MailPreview;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketService;
import de.servicebot.core.time.WorkDuration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Forwarding (weiterleiten): to a technician, with an internal note for them, the customer e-mail ticked when no
 * receipt went yet, an optional appointment and text for that e-mail (the whole receipt shown as it will arrive), and,
 * on the first forward, the time the creation took.
 */
final class ForwardFlow {

    private static final Map<String, String> FIELDS = AppointmentFields.refusalsWith(Map.ofEntries(
            Map.entry("ticket.technician-missing", "technician"),
            Map.entry("ticket.technician-unknown", "technician"),
            Map.entry("ticket.assignee-not-technician", "technician"),
            Map.entry("ticket.contact-without-email", "notifyCustomer"),
            Map.entry("ticket.receipt-text-too-long", "text"),
            Map.entry("ticket.note-too-long", "internalNote"),
            Map.entry("time.duration-invalid", "creationTime"),
            Map.entry("time.duration-too-long", "creationTime")));

    private final CreationService creation;
    private final TicketService tickets;
    private final StaffService staff;
    private final TicketViews views;
    private final MailPreview previews;
    private final Clock clock;

    ForwardFlow(
            CreationService creation,
            TicketService tickets,
            StaffService staff,
            TicketViews views,
            MailPreview previews,
            Clock clock) {
        this.previews = previews;
        this.clock = clock;
        this.creation = creation;
        this.tickets = tickets;
        this.staff = staff;
        this.views = views;
    }

    Reply start(StaffMember me, Ticket ticket, Say say) {
        me.require(Permission.FORWARD_TICKET);
        return Reply.of(form(me, ticket, say));
    }

    Reply submit(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        FormView form = form(me, ticket, say).withValues(inputs.asMap());
        boolean notify = inputs.flag("notifyCustomer", false);
        Ticket forwarded = Forms.refusingAt(
                form,
                FIELDS,
                () -> creation.forward(
                        new ForwardTicket(
                                ticket.id(),
                                inputs.id("technician").map(StaffId::new).orElse(null),
                                notify,
                                AppointmentFields.read(inputs),
                                inputs.text("text"),
                                inputs.text("internalNote"),
                                inputs.text("creationTime").isEmpty()
                                        ? Optional.empty()
                                        : Optional.of(WorkDuration.parse(inputs.text("creationTime")))),
                        me));
        String assignee = staff.get(forwarded.assignee().orElseThrow()).name();
        String confirmation = say.text("ticket.forwarded", forwarded.number().toString(), assignee);
        if (notify) {
            confirmation += " "
                    + say.text("ticket.receipt-queued", contact(me, forwarded).name());
        }
        return Reply.of(TextView.success(confirmation), views.view(forwarded, me, say));
    }

    private FormView form(StaffMember me, Ticket ticket, Say say) {
        Contact contact = contact(me, ticket);
        List<FormView.Option> technicians = staff.technicians().stream()
                .map(t -> new FormView.Option(t.id().toString(), t.name()))
                .toList();
        List<FormView.Field> fields = new ArrayList<>();
        fields.add(say.choice(
                "technician", ticket.assignee().map(StaffId::toString).orElse(""), true, technicians));
        fields.add(say.field("internalNote", FormView.Kind.MULTILINE, "", false));
        String address = contact.email().map(e -> e.value()).orElse(say.text("field.notifyCustomer.no-email"));
        fields.add(say.toggle(
                "notifyCustomer",
                say.text("field.notifyCustomer", contact.name()),
                ticket.receiptByDefault() && contact.email().isPresent(),
                ticket.handling()
                        .receiptSentAt()
                        .map(sent -> say.text(
                                "field.notifyCustomer.already-sent",
                                Formats.moment(sent, clock.getZone(), say.language()),
                                address))
                        .orElse(address)));
        fields.addAll(AppointmentFields.fields(say, ticket.appointment(), false));
        fields.add(new FormView.Field(
                "text",
                FormView.Kind.MULTILINE,
                say.text("field.text.receipt", contact.name()),
                "",
                false,
                List.of(),
                say.text("field.text.receipt.hint"),
                ""));
        creation.receiptPreview(ticket.id(), say.text("field.receiptPreview.text-goes-here"), me)
                .map(previews::preview)
                .ifPresent(mail -> fields.add(FormView.Field.info(
                        "receiptPreview",
                        say.text("field.receiptPreview", contact.name()),
                        say.text("field.receiptPreview.subject", mail.subject()) + "\n\n"
                                + mail.text().strip())));
        if (creation.forwardingBooksCreation(ticket)) {
            fields.add(say.field(
                    "creationTime",
                    FormView.Kind.TEXT,
                    creation.defaultCreationTime().format(),
                    false));
        }
        return new FormView(
                CreationFeature.FORWARD,
                say.text("form.forward.title", ticket.number().toString(), ticket.subject()),
                fields,
                TicketViews.ticketData(ticket),
                say.text("button.forward"),
                "");
    }

    private Contact contact(StaffMember me, Ticket ticket) {
        return tickets.details(ticket.id(), me).contact();
    }
}
