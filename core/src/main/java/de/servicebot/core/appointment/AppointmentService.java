package de.servicebot.core.appointment;

import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.shared.DomainEvents;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.AppointmentCancelled;
import de.servicebot.core.ticket.AppointmentNotInPast;
import de.servicebot.core.ticket.AppointmentSet;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketHistory;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketRepository;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Setting, moving and cancelling a ticket's appointment after it was forwarded, by its assignee or whoever may forward
 * tickets, while it is open. Each change is audited (and so shown in the ticket's history); the assignee is told when
 * someone else made it, the customer's contact when the person ticks it (refused when the contact has no e-mail).
 */
public final class AppointmentService {

    private final TicketRepository tickets;
    private final CustomerRepository customers;
    private final StaffRepository staff;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Notifier notifier;
    private final DomainEvents events;
    private final AppointmentNotInPast ahead;
    private final Clock clock;

    public AppointmentService(
            TicketRepository tickets,
            CustomerRepository customers,
            StaffRepository staff,
            AuditLog audit,
            Transactions transactions,
            Notifier notifier,
            DomainEvents events,
            Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.staff = staff;
        this.audit = audit;
        this.transactions = transactions;
        this.notifier = notifier;
        this.events = events;
        this.ahead = new AppointmentNotInPast(clock);
        this.clock = clock;
    }

    /**
     * Sets the ticket's appointment or moves it; refused with {@code ticket.appointment-in-past} for one before now,
     * {@code ticket.appointment-unchanged} when it is the one already agreed.
     */
    public Ticket schedule(ScheduleAppointment request, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return transactions.inTransaction(() -> {
            Ticket ticket = ticket(request.ticketId());
            ahead.check(request.appointment());
            Optional<Appointment> replaced = ticket.schedule(request.appointment(), by);
            Contact contact = contact(ticket, request.notifyCustomer());
            Ticket saved = tickets.save(ticket);
            audit.record(new AuditEntry(
                    clock.instant(),
                    by.id(),
                    replaced.isPresent() ? TicketHistory.APPOINTMENT_MOVED : TicketHistory.APPOINTMENT_SET,
                    saved.id().toString(),
                    TicketHistory.appointmentDetails(request.appointment(), request.notifyCustomer())));
            String key = saved.id() + ":" + saved.version();
            tellAssignee(saved, Optional.of(request.appointment()), replaced, key, by);
            if (request.notifyCustomer()) {
                Map<String, String> values = customerValues(saved, contact);
                values.put("appointment", request.appointment().describe(contact.language()));
                replaced.ifPresent(before -> values.put("previous", before.describe(contact.language())));
                notifier.send(new Notification(
                        "appointment-confirmed:" + key,
                        new Recipient.Mail(contact.email().orElseThrow(), contact.name()),
                        NotificationTemplate.APPOINTMENT_CONFIRMED,
                        contact.language(),
                        values));
            }
            events.publish(new AppointmentSet(saved, request.appointment(), replaced, by));
            return saved;
        });
    }

    /** Cancels the ticket's appointment (abgesagt); refused with {@code ticket.no-appointment} when there is none. */
    public Ticket cancel(TicketId ticketId, boolean notifyCustomer, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return transactions.inTransaction(() -> {
            Ticket ticket = ticket(ticketId);
            Appointment cancelled = ticket.cancelAppointment(by);
            Contact contact = contact(ticket, notifyCustomer);
            Ticket saved = tickets.save(ticket);
            audit.record(new AuditEntry(
                    clock.instant(),
                    by.id(),
                    TicketHistory.APPOINTMENT_CANCELLED,
                    saved.id().toString(),
                    TicketHistory.appointmentDetails(cancelled, notifyCustomer)));
            String key = saved.id() + ":" + saved.version();
            tellAssignee(saved, Optional.empty(), Optional.of(cancelled), key, by);
            if (notifyCustomer) {
                Map<String, String> values = customerValues(saved, contact);
                values.put("previous", cancelled.describe(contact.language()));
                notifier.send(new Notification(
                        "appointment-cancelled:" + key,
                        new Recipient.Mail(contact.email().orElseThrow(), contact.name()),
                        NotificationTemplate.APPOINTMENT_CANCELLED,
                        contact.language(),
                        values));
            }
            events.publish(new AppointmentCancelled(saved, cancelled, by));
            return saved;
        });
    }

    private void tellAssignee(
            Ticket ticket, Optional<Appointment> now, Optional<Appointment> before, String key, StaffMember by) {
        ticket.assignee()
                .filter(assignee -> !assignee.equals(by.id()))
                .flatMap(staff::findById)
                .filter(StaffMember::active)
                .ifPresent(assignee -> {
                    Map<String, String> values = new HashMap<>();
                    values.put("changedBy", by.name());
                    values.put("ticketNumber", ticket.number().toString());
                    values.put("subject", ticket.subject());
                    values.put("customerName", customer(ticket).name());
                    now.ifPresent(agreed -> values.put("appointment", agreed.describe(assignee.language())));
                    before.ifPresent(old -> values.put("previous", old.describe(assignee.language())));
                    notifier.tell(
                            assignee, "appointment-changed:" + key, NotificationTemplate.APPOINTMENT_CHANGED, values);
                });
    }

    private Contact contact(Ticket ticket, boolean mailed) {
        Contact contact = customer(ticket).requireContact(ticket.contactId());
        DomainException.require(!mailed || contact.email().isPresent(), "ticket.contact-without-email", contact.name());
        return contact;
    }

    private static Map<String, String> customerValues(Ticket ticket, Contact contact) {
        Map<String, String> values = new HashMap<>();
        values.put("ticketNumber", ticket.number().toString());
        values.put("subject", ticket.subject());
        values.put("contactName", contact.name());
        return values;
    }

    private Customer customer(Ticket ticket) {
        return customers
                .findById(ticket.customerId())
                .orElseThrow(() -> new DomainException("ticket.customer-unknown"));
    }

    private Ticket ticket(TicketId id) {
        return tickets.findById(id).orElseThrow(() -> new DomainException("ticket.not-found", id.toString()));
    }
}
