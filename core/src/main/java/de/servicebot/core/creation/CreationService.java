package de.servicebot.core.creation;

import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.Category;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.Checklist;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.shared.DomainEvents;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.template.TemplateKind;
import de.servicebot.core.template.TemplateValues;
import de.servicebot.core.template.TextTemplate;
import de.servicebot.core.template.TextTemplateRepository;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.AppointmentSet;
import de.servicebot.core.ticket.ForwardPolicy;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketForwarded;
import de.servicebot.core.ticket.TicketHistory;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketNumber;
import de.servicebot.core.ticket.TicketNumbers;
import de.servicebot.core.ticket.TicketOrigin;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.time.BookTime;
import de.servicebot.core.time.TimeService;
import de.servicebot.core.time.WorkDuration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Ticketerstellung": the one path by which every ticket is opened and forwarded, whether typed in by hand or made by
 * sales from an order. Opening checks customer, contact, type and main category, fills the "Ticket NEU" text and
 * starts the type's checklists; forwarding checks the forward policies, tells the technician (mail and, where
 * reachable, chat), sends the customer's receipt when asked for, and on the first forward of a hand-made ticket books
 * "Ticketerstellung". Each is one transaction, audited, notifications included, or nothing.
 */
public final class CreationService {

    private final TicketRepository tickets;
    private final TicketNumbers numbers;
    private final CustomerRepository customers;
    private final CatalogRepository catalog;
    private final TextTemplateRepository templates;
    private final StaffRepository staff;
    private final TimeService time;
    private final ChecklistService checklists;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Transactions transactions;
    private final DomainEvents events;
    private final List<ForwardPolicy> forwardPolicies;
    private final Clock clock;
    private final WorkDuration defaultCreationTime;

    public CreationService(
            TicketRepository tickets,
            TicketNumbers numbers,
            CustomerRepository customers,
            CatalogRepository catalog,
            TextTemplateRepository templates,
            StaffRepository staff,
            TimeService time,
            ChecklistService checklists,
            Notifier notifier,
            AuditLog audit,
            Transactions transactions,
            DomainEvents events,
            List<ForwardPolicy> forwardPolicies,
            Clock clock,
            WorkDuration defaultCreationTime) {
        this.tickets = tickets;
        this.numbers = numbers;
        this.customers = customers;
        this.catalog = catalog;
        this.templates = templates;
        this.staff = staff;
        this.time = time;
        this.checklists = checklists;
        this.notifier = notifier;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.forwardPolicies = List.copyOf(forwardPolicies);
        this.clock = clock;
        this.defaultCreationTime = defaultCreationTime;
    }

    /** How long creating a ticket takes unless the creator says otherwise. */
    public WorkDuration defaultCreationTime() {
        return defaultCreationTime;
    }

    /** Whether forwarding this ticket now books "Ticketerstellung" (so the form asks how long creating it took). */
    public boolean forwardingBooksCreation(Ticket ticket) {
        return TicketOrigin.byHand().forwardingBooksCreation(ticket);
    }

    /**
     * The "Ticket NEU" text for a new ticket, with today's date and the creator filled in. Customer, contact and
     * the other placeholders stay as they are and are filled when the ticket is opened; the user may edit around
     * them.
     */
    public String newTicketText(StaffMember by) {
        by.require(Permission.CREATE_TICKET);
        return template(TemplateKind.TICKET, TextTemplate.TICKET_NEW)
                .fillKnown(TemplateValues.writtenBy(by, LocalDate.now(clock)).asMap());
    }

    /** Opens a ticket by hand; see {@link #open(OpenTicket, TicketOrigin, StaffMember)}. */
    public Ticket open(OpenTicket what, StaffMember by) {
        return open(what, TicketOrigin.byHand(), by);
    }

    /**
     * Opens a ticket. Customer, contact, type and main category must exist and belong together; an empty
     * description gets the "Ticket NEU" template; the placeholders of the description are filled. The ticket gets the
     * checklists of its type.
     */
    public Ticket open(OpenTicket what, TicketOrigin origin, StaffMember by) {
        by.require(Permission.CREATE_TICKET);
        return transactions.inTransaction(() -> {
            Customer customer = customer(what.customerId());
            customer.requireContact(what.contactId());
            TicketType type = catalog.findType(what.typeId())
                    .filter(TicketType::active)
                    .orElseThrow(() -> new DomainException("ticket.type-unknown"));
            Category category = catalog.findCategory(what.categoryId())
                    .filter(Category::active)
                    .orElseThrow(() -> new DomainException("ticket.category-unknown"));
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            String text = what.description().isBlank()
                    ? template(TemplateKind.TICKET, TextTemplate.TICKET_NEW).body()
                    : what.description();
            TicketNumber number = numbers.next(today.getYear());
            String filled = TemplateValues.writtenBy(by, today)
                    .customer(customer, what.contactId())
                    .ticket(number.toString(), what.subject())
                    .classification(type.name(), category.name())
                    .fill(text);
            OpenTicket content = new OpenTicket(
                    what.customerId(), what.contactId(), what.typeId(), what.categoryId(), what.subject(), filled);
            Ticket saved = tickets.save(Ticket.open(content, number, by.id(), now));
            List<Checklist> started = checklists.startFor(saved);
            audit.record(new AuditEntry(
                    now,
                    by.id(),
                    "ticket.opened",
                    saved.id().toString(),
                    number + origin.orderNumber().map(o -> " order=" + o).orElse("") + " checklists="
                            + started.size()));
            return saved;
        });
    }

    /** Forwards a ticket by hand; see {@link #forward(ForwardTicket, TicketOrigin, StaffMember)}. */
    /**
     * The receipt the ticket's contact would get if the next forward ticks the customer e-mail, with {@code text}
     * where the forwarder's text goes; empty when the contact has no e-mail address. The internal note is never part
     * of it.
     */
    public Optional<Notification> receiptPreview(TicketId ticketId, String text, StaffMember by) {
        by.require(Permission.FORWARD_TICKET);
        Ticket ticket = ticket(ticketId);
        Contact contact = customer(ticket.customerId()).requireContact(ticket.contactId());
        return contact.email().map(address -> receipt(ticket, contact, text));
    }

    public Ticket forward(ForwardTicket request, StaffMember by) {
        return forward(request, TicketOrigin.byHand(), by);
    }

    /**
     * Forwards a ticket to a technician, who is told by mail and, where reachable, in chat. When asked for, the
     * customer's contact receives a receipt in their language (refused when the contact has no e-mail: switch the
     * e-mail off, or add the address first). The first forward of a hand-made ticket closes the creation step and
     * books it as "Ticketerstellung" for the person forwarding.
     */
    public Ticket forward(ForwardTicket request, TicketOrigin origin, StaffMember by) {
        by.require(Permission.FORWARD_TICKET);
        return transactions.inTransaction(() -> {
            Ticket ticket = ticket(request.ticketId());
            StaffMember technician = staff.findById(request.technicianId())
                    .orElseThrow(() -> new DomainException("ticket.technician-unknown"));
            Customer customer = customer(ticket.customerId());
            Contact contact = customer.requireContact(ticket.contactId());
            DomainException.require(
                    !request.notifyCustomer() || contact.email().isPresent(),
                    "ticket.contact-without-email",
                    contact.name());
            forwardPolicies.forEach(policy -> policy.check(ticket, technician, request.appointment()));
            boolean creationStep = origin.forwardingBooksCreation(ticket);
            Optional<StaffId> previous = ticket.assignee();
            Optional<Appointment> agreedBefore = ticket.appointment();
            ticket.forwardTo(technician, request.appointment(), request.note());
            Instant now = clock.instant();
            if (request.notifyCustomer()) {
                ticket.receiptSent(now);
            }
            Ticket saved = tickets.save(ticket);
            if (request.notifyCustomer()) {
                notifier.send(receipt(saved, contact, request.text()));
            }
            if (!technician.id().equals(by.id())) {
                // who takes a ticket themselves knows it already
                tellTechnician(technician, saved, customer, origin, by);
            }
            previous.filter(before -> !before.equals(technician.id()) && !before.equals(by.id()))
                    .flatMap(staff::findById)
                    .filter(StaffMember::active)
                    .ifPresent(before -> notifier.tell(
                            before,
                            "ticket-reassigned:" + saved.id() + ":" + saved.version(),
                            NotificationTemplate.TICKET_REASSIGNED,
                            Map.of(
                                    "ticketNumber", saved.number().toString(),
                                    "subject", saved.subject(),
                                    "customerName", customer.name(),
                                    "assignedBy", by.name(),
                                    "assignee", technician.name())));
            if (creationStep) {
                time.book(
                        new BookTime(
                                saved.id(),
                                Optional.empty(),
                                Optional.empty(),
                                request.creationTime().orElse(defaultCreationTime),
                                TextTemplate.TICKET_CREATION,
                                "",
                                false),
                        by);
            }
            audit.record(new AuditEntry(
                    now,
                    by.id(),
                    "ticket.forwarded",
                    saved.id().toString(),
                    "to=" + technician.id() + " customerMail=" + request.notifyCustomer()
                            + (request.note().isEmpty() ? "" : " note=" + request.note())));
            events.publish(new TicketForwarded(saved, technician, previous, origin, by));
            request.appointment()
                    .filter(agreed -> !agreed.equals(agreedBefore.orElse(null)))
                    .ifPresent(agreed -> {
                        audit.record(new AuditEntry(
                                now,
                                by.id(),
                                agreedBefore.isPresent()
                                        ? TicketHistory.APPOINTMENT_MOVED
                                        : TicketHistory.APPOINTMENT_SET,
                                saved.id().toString(),
                                TicketHistory.appointmentDetails(agreed, request.notifyCustomer())));
                        events.publish(new AppointmentSet(saved, agreed, agreedBefore, by));
                    });
            return saved;
        });
    }

    private void tellTechnician(
            StaffMember technician, Ticket ticket, Customer customer, TicketOrigin origin, StaffMember by) {
        Map<String, String> values = new HashMap<>();
        values.put("ticketNumber", ticket.number().toString());
        values.put("subject", ticket.subject());
        values.put("customerName", customer.name());
        values.put("assignedBy", by.name());
        origin.orderNumber().ifPresent(order -> values.put("orderNumber", order));
        if (!ticket.handling().note().isEmpty()) {
            values.put("note", ticket.handling().note());
        }
        ticket.appointment().ifPresent(agreed -> values.put("appointment", agreed.describe(technician.language())));
        int points = checklists.ofTicket(ticket.id(), by).stream()
                .mapToInt(c -> c.items().size())
                .sum();
        if (points > 0) {
            values.put("checklistPoints", String.valueOf(points));
        }
        notifier.tell(
                technician,
                "ticket-assigned:" + ticket.id() + ":" + ticket.version(),
                NotificationTemplate.TICKET_ASSIGNED,
                values);
    }

    private Notification receipt(Ticket ticket, Contact contact, String text) {
        Map<String, String> values = new HashMap<>();
        values.put("ticketNumber", ticket.number().toString());
        values.put("subject", ticket.subject());
        values.put("contactName", contact.name());
        ticket.appointment().ifPresent(agreed -> values.put("appointment", agreed.describe(contact.language())));
        if (!text.isBlank()) {
            values.put("text", text);
        }
        return new Notification(
                "ticket-received:" + ticket.id() + ":" + ticket.version(),
                new Recipient.Mail(contact.email().orElseThrow(), contact.name()),
                NotificationTemplate.TICKET_RECEIVED,
                contact.language(),
                values);
    }

    private Ticket ticket(TicketId id) {
        return tickets.findById(id).orElseThrow(() -> new DomainException("ticket.not-found", id.toString()));
    }

    private Customer customer(CustomerId id) {
        return customers.findById(id).orElseThrow(() -> new DomainException("ticket.customer-unknown"));
    }

    private TextTemplate template(TemplateKind kind, String name) {
        return templates.findByName(kind, name).orElseThrow(() -> new DomainException("template.missing", name));
    }
}
