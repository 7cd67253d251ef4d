package de.servicebot.bot.feature.appointment;

import de.servicebot.bot.conversation.AppointmentFields;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.appointment.AppointmentService;
import de.servicebot.core.appointment.ScheduleAppointment;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The appointment form (date, time, on site or remote, whether the customer is told) and the confirmation of a
 * cancellation; both refused at once when core would not let the person change the appointment.
 */
final class AppointmentFlow {

    private static final Map<String, String> FIELDS =
            AppointmentFields.refusalsWith(Map.of("ticket.contact-without-email", "notifyCustomer"));

    private final AppointmentService appointments;
    private final TicketService tickets;
    private final TicketViews views;

    AppointmentFlow(AppointmentService appointments, TicketService tickets, TicketViews views) {
        this.appointments = appointments;
        this.tickets = tickets;
        this.views = views;
    }

    Reply form(StaffMember me, Ticket ticket, Say say) {
        requireSchedulable(me, ticket);
        return Reply.of(setForm(me, ticket, say));
    }

    Reply set(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        FormView form = setForm(me, ticket, say).withValues(inputs.asMap());
        boolean notify = inputs.flag("notifyCustomer", false);
        Ticket scheduled = Forms.refusingAt(form, FIELDS, () -> {
            Appointment agreed = AppointmentFields.read(inputs)
                    .orElseThrow(() -> new DomainException("form.appointment-incomplete"));
            return appointments.schedule(new ScheduleAppointment(ticket.id(), agreed, notify), me);
        });
        Appointment agreed = scheduled.appointment().orElseThrow();
        String text = say.text(
                ticket.appointment().isPresent() ? "appointment.moved" : "appointment.set",
                scheduled.number().toString(),
                AppointmentFields.describe(agreed, say));
        if (notify) {
            text += " "
                    + say.text(
                            "appointment.customer-told", contact(me, scheduled).name());
        }
        return Reply.of(TextView.success(text), views.view(scheduled, me, say));
    }

    Reply confirmCancel(StaffMember me, Ticket ticket, Say say) {
        requireSchedulable(me, ticket);
        DomainException.require(
                ticket.appointment().isPresent(),
                "ticket.no-appointment",
                ticket.number().toString());
        return Reply.of(cancelForm(me, ticket, say));
    }

    Reply cancel(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        FormView form = cancelForm(me, ticket, say).withValues(inputs.asMap());
        boolean notify = inputs.flag("notifyCustomer", false);
        Ticket cancelled = Forms.refusingAt(form, FIELDS, () -> appointments.cancel(ticket.id(), notify, me));
        String text = say.text("appointment.cancelled", cancelled.number().toString());
        if (notify) {
            text += " "
                    + say.text(
                            "appointment.customer-told", contact(me, cancelled).name());
        }
        return Reply.of(TextView.success(text), views.view(cancelled, me, say));
    }

    private FormView setForm(StaffMember me, Ticket ticket, Say say) {
        Contact contact = contact(me, ticket);
        List<FormView.Field> fields = new ArrayList<>(AppointmentFields.fields(say, ticket.appointment(), true));
        fields.add(notifyCustomer(contact, "field.notifyCustomer.appointment", say));
        return new FormView(
                AppointmentFeature.SET,
                say.text(
                        ticket.appointment().isPresent() ? "form.appointment.move.title" : "form.appointment.title",
                        ticket.number().toString(),
                        ticket.subject()),
                fields,
                TicketViews.ticketData(ticket),
                say.text("button.appointment.save"),
                "");
    }

    private FormView cancelForm(StaffMember me, Ticket ticket, Say say) {
        Contact contact = contact(me, ticket);
        return new FormView(
                AppointmentFeature.CANCEL,
                say.text(
                        "form.appointment.cancel.title",
                        ticket.number().toString(),
                        ticket.appointment()
                                .map(agreed -> AppointmentFields.describe(agreed, say))
                                .orElse("—")),
                List.of(notifyCustomer(contact, "field.notifyCustomer.appointment-cancelled", say)),
                TicketViews.ticketData(ticket),
                say.text("button.appointment-cancel.confirm"),
                "");
    }

    private static FormView.Field notifyCustomer(Contact contact, String label, Say say) {
        return say.toggle(
                "notifyCustomer",
                say.text(label, contact.name()),
                false,
                contact.email().map(e -> e.value()).orElse(say.text("field.notifyCustomer.no-email")));
    }

    private static void requireSchedulable(StaffMember me, Ticket ticket) {
        DomainException.require(
                ticket.schedulableBy(me),
                "ticket.appointment-not-allowed",
                ticket.number().toString());
    }

    private Contact contact(StaffMember me, Ticket ticket) {
        return tickets.details(ticket.id(), me).contact();
    }
}
