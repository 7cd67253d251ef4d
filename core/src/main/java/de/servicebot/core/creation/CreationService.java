package de.servicebot.core.creation;

import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.Category;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.template.Placeholder;
import de.servicebot.core.template.Placeholders;
import de.servicebot.core.template.TemplateKind;
import de.servicebot.core.template.TextTemplate;
import de.servicebot.core.template.TextTemplateRepository;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketNumber;
import de.servicebot.core.ticket.TicketNumbers;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.ticket.TicketStatus;
import de.servicebot.core.time.LogTime;
import de.servicebot.core.time.TimeEntry;
import de.servicebot.core.time.TimeEntryRepository;
import de.servicebot.core.time.WorkDuration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * "Ticketerstellung": opening a ticket with customer, contact, type and main category and the "Ticket NEU" text,
 * and forwarding it to a technician with the customer's receipt and the "Ticketerstellung" time entry. Each is one
 * transaction: it happens completely, notifications included, or not at all.
 */
public final class CreationService {

    private final TicketRepository tickets;
    private final TicketNumbers numbers;
    private final CustomerRepository customers;
    private final CatalogRepository catalog;
    private final TextTemplateRepository templates;
    private final StaffRepository staff;
    private final TimeEntryRepository timeEntries;
    private final ChecklistService checklists;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final WorkDuration defaultCreationTime;

    public CreationService(
            TicketRepository tickets,
            TicketNumbers numbers,
            CustomerRepository customers,
            CatalogRepository catalog,
            TextTemplateRepository templates,
            StaffRepository staff,
            TimeEntryRepository timeEntries,
            ChecklistService checklists,
            Notifier notifier,
            AuditLog audit,
            Transactions transactions,
            Clock clock,
            WorkDuration defaultCreationTime) {
        this.tickets = tickets;
        this.numbers = numbers;
        this.customers = customers;
        this.catalog = catalog;
        this.templates = templates;
        this.staff = staff;
        this.timeEntries = timeEntries;
        this.checklists = checklists;
        this.notifier = notifier;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.defaultCreationTime = defaultCreationTime;
    }

    /** How long creating a ticket takes unless the creator says otherwise. */
    public WorkDuration defaultCreationTime() {
        return defaultCreationTime;
    }

    /**
     * The "Ticket NEU" text for a new ticket, with today's date and the creator filled in. Customer, contact and
     * the other placeholders stay as they are and are filled when the ticket is opened; the user may edit around
     * them.
     */
    public String newTicketText(StaffMember by) {
        by.require(Permission.CREATE_TICKET);
        Map<Placeholder, String> known = new EnumMap<>(Placeholder.class);
        known.put(Placeholder.DATE, Formats.date(LocalDate.now(clock), by.language()));
        known.put(Placeholder.CREATOR, by.name());
        return template(TemplateKind.TICKET, TextTemplate.TICKET_NEW).fillKnown(known);
    }

    /**
     * Opens a ticket. Customer, contact, type and main category must exist and belong together; an empty
     * description gets the "Ticket NEU" template; the placeholders of the description are filled. The ticket gets the
     * checklists of its type.
     */
    public Ticket open(OpenTicket what, StaffMember by) {
        by.require(Permission.CREATE_TICKET);
        return transactions.inTransaction(() -> {
            Customer customer = customer(what.customerId());
            Contact contact = customer.requireContact(what.contactId());
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
            Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
            values.put(Placeholder.CUSTOMER, customer.name());
            values.put(Placeholder.CONTACT, contact.name());
            values.put(Placeholder.DATE, Formats.date(today, by.language()));
            values.put(Placeholder.CREATOR, by.name());
            values.put(Placeholder.TICKET_NUMBER, number.toString());
            values.put(Placeholder.TYPE, type.name());
            values.put(Placeholder.CATEGORY, category.name());
            values.put(Placeholder.SUBJECT, what.subject());
            OpenTicket filled = new OpenTicket(
                    what.customerId(),
                    what.contactId(),
                    what.typeId(),
                    what.categoryId(),
                    what.subject(),
                    Placeholders.fill(text, values));
            Ticket saved = tickets.save(Ticket.open(filled, number, by.id(), now));
            checklists.startFor(saved);
            audit.record(
                    new AuditEntry(now, by.id(), "ticket.opened", saved.id().toString(), number.toString()));
            return saved;
        });
    }

    /**
     * Forwards a ticket to a technician. By default the customer's contact receives a receipt in their language
     * (refused when the contact has no e-mail: switch the e-mail off, or add the address first). The first forward
     * closes the creation step and books it as "Ticketerstellung" for the person forwarding.
     */
    public Ticket forward(ForwardTicket request, StaffMember by) {
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
            request.appointment()
                    .ifPresent(start -> DomainException.require(
                            !start.isBefore(LocalDateTime.now(clock)), "ticket.appointment-in-past"));
            boolean creationStep = ticket.status() == TicketStatus.NEW;
            ticket.forwardTo(technician, request.appointment());
            Ticket saved = tickets.save(ticket);
            Instant now = clock.instant();
            if (request.notifyCustomer()) {
                notifier.send(receipt(saved, contact, request.text()));
            }
            if (creationStep) {
                bookCreation(saved, customer, contact, request.creationTime().orElse(defaultCreationTime), by, now);
            }
            audit.record(new AuditEntry(
                    now,
                    by.id(),
                    "ticket.forwarded",
                    saved.id().toString(),
                    "to=" + technician.id() + " customerMail=" + request.notifyCustomer()));
            return saved;
        });
    }

    private void bookCreation(
            Ticket ticket, Customer customer, Contact contact, WorkDuration duration, StaffMember by, Instant now) {
        TextTemplate creation = template(TemplateKind.TIME_ENTRY, TextTemplate.TICKET_CREATION);
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.CUSTOMER, customer.name());
        values.put(Placeholder.CONTACT, contact.name());
        values.put(Placeholder.DATE, Formats.date(LocalDate.now(clock), by.language()));
        values.put(Placeholder.CREATOR, by.name());
        values.put(Placeholder.TICKET_NUMBER, ticket.number().toString());
        values.put(Placeholder.SUBJECT, ticket.subject());
        LogTime work = new LogTime(
                ticket.id(), by.id(), LocalDate.now(clock), duration, creation.name(), creation.fill(values), false);
        TimeEntry entry = timeEntries.save(TimeEntry.record(work, by.id(), now));
        audit.record(new AuditEntry(
                now,
                by.id(),
                "time-entry.booked",
                entry.id().toString(),
                "ticket=" + ticket.id() + " minutes=" + duration.minutes() + " activity=" + creation.name()));
    }

    private Notification receipt(Ticket ticket, Contact contact, String text) {
        Map<String, String> values = new HashMap<>();
        values.put("ticketNumber", ticket.number().toString());
        values.put("subject", ticket.subject());
        values.put("contactName", contact.name());
        ticket.appointment()
                .ifPresent(start -> values.put("appointment", Formats.appointment(start, contact.language())));
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
