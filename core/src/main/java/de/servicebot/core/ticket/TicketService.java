package de.servicebot.core.ticket;

import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.Category;
import de.servicebot.core.catalog.TicketType;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finding tickets the ways people ask for them (by number, by assignee, by customer, with the names around them), what
 * a person may do with one, and resolving it under the resolve policies the features bring.
 */
public final class TicketService {

    /** How many tickets a list shows at most. */
    public static final int MAX_LIST = 50;

    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*#?\\s*(\\d{1,9})\\s*");

    private final TicketRepository tickets;
    private final CustomerRepository customers;
    private final CatalogRepository catalog;
    private final StaffRepository staff;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Notifier notifier;
    private final DomainEvents events;
    private final List<ResolvePolicy> resolvePolicies;
    private final Clock clock;

    public TicketService(
            TicketRepository tickets,
            CustomerRepository customers,
            CatalogRepository catalog,
            StaffRepository staff,
            AuditLog audit,
            Transactions transactions,
            Notifier notifier,
            DomainEvents events,
            List<ResolvePolicy> resolvePolicies,
            Clock clock) {
        this.notifier = notifier;
        this.tickets = tickets;
        this.customers = customers;
        this.catalog = catalog;
        this.staff = staff;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.resolvePolicies = List.copyOf(resolvePolicies);
        this.clock = clock;
    }

    /** What the person may do with the ticket now: the buttons its card shows. */
    public Set<TicketAction> actions(Ticket ticket, StaffMember by) {
        return TicketAction.allowed(ticket, by);
    }

    /**
     * Resolves the ticket (gelöst) with what was done, by its assignee or an admin, refused by the first resolve policy
     * that is not met, e.g. with {@code ticket.checklist-open} and the required checklist points still open. The
     * ticket's creator and the salesperson who looks after the customer are told (not whoever resolved it), and the
     * customer's contact when the person ticks it.
     */
    public Ticket resolve(ResolveTicket request, StaffMember by) {
        by.require(Permission.RESOLVE_TICKET);
        return transactions.inTransaction(() -> {
            Ticket ticket = ticket(request.ticketId());
            ticket.resolve(request.resolution(), by);
            Customer customer = customer(ticket.customerId());
            Contact contact = customer.requireContact(ticket.contactId());
            DomainException.require(
                    !request.notifyCustomer() || contact.email().isPresent(),
                    "ticket.contact-without-email",
                    contact.name());
            resolvePolicies.forEach(policy -> policy.check(ticket));
            Ticket saved = tickets.save(ticket);
            audit.record(new AuditEntry(
                    clock.instant(),
                    by.id(),
                    "ticket.resolved",
                    saved.id().toString(),
                    saved.handling().resolution()));
            Map<String, String> values = new HashMap<>();
            values.put("ticketNumber", saved.number().toString());
            values.put("subject", saved.subject());
            values.put("customerName", customer.name());
            values.put("resolvedBy", by.name());
            values.put("resolution", saved.handling().resolution());
            String key = saved.id() + ":" + saved.version();
            if (!saved.createdBy().equals(by.id())) {
                staff.findById(saved.createdBy())
                        .filter(StaffMember::active)
                        .ifPresent(creator -> notifier.tell(
                                creator, "ticket-resolved:" + key, NotificationTemplate.TICKET_RESOLVED, values));
            }
            customer.salesperson()
                    .filter(sales -> !sales.equals(saved.createdBy()) && !sales.equals(by.id()))
                    .flatMap(staff::findById)
                    .filter(StaffMember::active)
                    .ifPresent(sales -> notifier.tell(
                            sales, "ticket-resolved-sales:" + key, NotificationTemplate.TICKET_RESOLVED, values));
            if (request.notifyCustomer()) {
                notifier.send(new Notification(
                        "ticket-solved:" + key,
                        new Recipient.Mail(contact.email().orElseThrow(), contact.name()),
                        NotificationTemplate.TICKET_SOLVED,
                        contact.language(),
                        Map.of(
                                "ticketNumber", saved.number().toString(),
                                "subject", saved.subject(),
                                "contactName", contact.name())));
            }
            events.publish(new TicketResolved(saved, by));
            return saved;
        });
    }

    /**
     * Reopens a resolved ticket (a closed one: admins only) with the reason, audited; the assignee is told unless they
     * reopened it themselves.
     */
    public Ticket reopen(TicketId id, String reason, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return transactions.inTransaction(() -> {
            Ticket ticket = ticket(id);
            String checked = ticket.reopen(reason, by);
            Ticket saved = tickets.save(ticket);
            audit.record(new AuditEntry(
                    clock.instant(), by.id(), "ticket.reopened", saved.id().toString(), checked));
            saved.assignee()
                    .filter(assignee -> !assignee.equals(by.id()))
                    .flatMap(staff::findById)
                    .filter(StaffMember::active)
                    .ifPresent(assignee -> notifier.tell(
                            assignee,
                            "ticket-reopened:" + saved.id() + ":" + saved.version(),
                            NotificationTemplate.TICKET_REOPENED,
                            Map.of(
                                    "ticketNumber", saved.number().toString(),
                                    "subject", saved.subject(),
                                    "reopenedBy", by.name(),
                                    "reason", checked)));
            return saved;
        });
    }

    /** A ticket by its number as typed: {@code T-2026-00042}, {@code 2026-42}, or {@code 42} for this year's. */
    public Ticket find(String typed, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        TicketNumber number = parseNumber(typed);
        return tickets.findByNumber(number)
                .orElseThrow(() -> new DomainException("ticket.not-found", number.toString()));
    }

    public Ticket get(TicketId id, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return ticket(id);
    }

    /** The ticket with the names shown next to it. */
    public TicketDetails details(TicketId id, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        Ticket ticket = ticket(id);
        Customer customer = customer(ticket.customerId());
        return new TicketDetails(
                ticket,
                customer,
                customer.requireContact(ticket.contactId()),
                catalog.findType(ticket.typeId()).map(TicketType::name).orElse("?"),
                catalog.findCategory(ticket.categoryId()).map(Category::name).orElse("?"),
                ticket.assignee().flatMap(staff::findById).map(StaffMember::name),
                staff.findById(ticket.createdBy()).map(StaffMember::name).orElse("?"));
    }

    /**
     * A page of the ticket's history, newest first (page 0 is the latest {@link TicketHistory#PAGE} changes), read with
     * two lookups whatever its length: the page (one more, to know whether there is more) and the names in it.
     */
    public TicketHistory history(TicketId id, int page, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        int from = Math.max(page, 0);
        List<AuditEntry> read = audit.latest(id.toString(), from * TicketHistory.PAGE, TicketHistory.PAGE + 1);
        List<AuditEntry> shown = read.subList(0, Math.min(read.size(), TicketHistory.PAGE));
        Set<StaffId> people = new java.util.HashSet<>();
        for (AuditEntry entry : shown) {
            people.add(entry.by());
            TicketHistory.forwardedTo(entry).flatMap(TicketService::staffId).ifPresent(people::add);
        }
        Map<StaffId, String> names = people.isEmpty() ? Map.of() : staff.names(people);
        return new TicketHistory(
                shown.stream()
                        .map(entry -> TicketHistory.entry(
                                entry, raw -> staffId(raw).map(names::get).orElse("?")))
                        .toList(),
                from,
                read.size() > TicketHistory.PAGE);
    }

    private static Optional<StaffId> staffId(String raw) {
        try {
            return Optional.of(StaffId.of(raw));
        } catch (IllegalArgumentException garbled) {
            return Optional.empty();
        }
    }

    /** The names of the customers of the given tickets, in one lookup, for lists. */
    public Map<CustomerId, String> customerNames(List<Ticket> list) {
        return customers.findAllById(list.stream().map(Ticket::customerId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Customer::id, Customer::name));
    }

    /** The open tickets assigned to the person, newest first. */
    public List<Ticket> mine(StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return tickets.findOpenByAssignee(by.id(), MAX_LIST);
    }

    /** The customer's tickets, newest first. */
    public List<Ticket> ofCustomer(CustomerId customerId, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return tickets.findByCustomer(customerId, MAX_LIST);
    }

    private TicketNumber parseNumber(String typed) {
        String text = typed == null ? "" : typed;
        Optional<TicketNumber> full = TicketNumber.parse(text);
        if (full.isPresent()) {
            return full.get();
        }
        var bare = BARE_NUMBER.matcher(text);
        if (bare.matches()) {
            long sequence = Long.parseLong(bare.group(1));
            DomainException.require(
                    sequence > 0 && sequence <= Integer.MAX_VALUE, "ticket.number-invalid", text.strip());
            return new TicketNumber(LocalDate.now(clock).getYear(), (int) sequence);
        }
        throw new DomainException("ticket.number-invalid", text.strip());
    }

    private Ticket ticket(TicketId id) {
        return tickets.findById(id).orElseThrow(() -> new DomainException("ticket.not-found", id.toString()));
    }

    private Customer customer(CustomerId id) {
        return customers.findById(id).orElseThrow(() -> new DomainException("ticket.customer-unknown"));
    }
}
