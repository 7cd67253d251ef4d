package de.servicebot.core.order;

import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.Category;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.creation.ForwardTicket;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.document.Document;
import de.servicebot.core.document.Documents;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketOrigin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Orders from the ERP and the tickets sales makes of them. Receiving an order, keeping its document and making its
 * tickets are each one transaction: all of it is stored, notifications included, or nothing.
 */
public final class OrderService {

    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final CatalogRepository catalog;
    private final StaffRepository staff;
    private final CreationService creation;
    private final Documents documents;
    private final Transactions transactions;
    private final Clock clock;
    private final long maxDocumentBytes;

    public OrderService(
            OrderRepository orders,
            CustomerRepository customers,
            CatalogRepository catalog,
            StaffRepository staff,
            CreationService creation,
            Documents documents,
            Transactions transactions,
            Clock clock,
            long maxDocumentBytes) {
        this.orders = orders;
        this.customers = customers;
        this.catalog = catalog;
        this.staff = staff;
        this.creation = creation;
        this.documents = documents;
        this.transactions = transactions;
        this.clock = clock;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** The largest order document taken, in bytes. */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * Takes an order from the ERP (no person involved; the caller has checked the ERP's key). The customer must be
     * known by its number, and an order number is taken once.
     */
    public Order receive(NewOrder order) {
        return transactions.inTransaction(() -> {
            Customer customer = customers
                    .findByNumber(order.customerNumber())
                    .orElseThrow(() -> new DomainException("order.customer-unknown", order.customerNumber()));
            DomainException.require(
                    orders.findByNumber(order.number()).isEmpty(), "order.number-taken", order.number());
            return orders.save(Order.receive(order, customer.id(), clock.instant()));
        });
    }

    /**
     * Keeps the order's PDF. Once the tickets exist, the base-installation ticket keeps it as well; before that, it is
     * attached when they are made.
     */
    public Document attachDocument(String orderNumber, String fileName, byte[] content) {
        return transactions.inTransaction(() -> {
            Order order = byNumber(orderNumber);
            Document document = documents.store(
                    Document.pdf(fileName, content, maxDocumentBytes, "Auftrag-" + order.number(), clock.instant()));
            order.attach(document.id());
            orders.save(order);
            order.baseTicket().ifPresent(base -> documents.attach(base, document.id()));
            return document;
        });
    }

    /** An order by its number, for sales to turn into tickets. */
    public Order find(String orderNumber, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return byNumber(orderNumber == null ? "" : orderNumber.strip());
    }

    public Order get(OrderId id, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return orders.findById(id).orElseThrow(() -> new DomainException("order.not-found", id.toString()));
    }

    /**
     * Makes the chosen tickets of an order in one step, through the same opening and forwarding as a ticket made by
     * hand: each with the checklists of its type and a description that carries the order's agreements (refused,
     * naming the ticket, when one does not); the base-installation ticket keeps the order document; each ticket with a
     * technician is forwarded to them with its appointment, if one was agreed, and they are told, and the customer gets
     * a receipt only when that was ticked.
     */
    public List<Ticket> createTickets(OrderTickets request, StaffMember by) {
        by.require(Permission.TICKETS_FROM_ORDER);
        return transactions.inTransaction(() -> {
            Order order = orders.findById(request.orderId())
                    .orElseThrow(() -> new DomainException(
                            "order.not-found", request.orderId().toString()));
            DomainException.require(order.tickets().isEmpty(), "order.tickets-exist", order.number());
            Customer customer = customers
                    .findById(order.customerId())
                    .orElseThrow(() -> new DomainException("ticket.customer-unknown"));
            customer.requireContact(request.contactId());
            catalog.findCategory(request.categoryId())
                    .filter(Category::active)
                    .orElseThrow(() -> new DomainException("ticket.category-unknown"));
            List<OpenTicket> contents = new ArrayList<>();
            for (PlannedTicket planned : request.tickets()) {
                TicketType type = catalog.findType(planned.typeId())
                        .filter(TicketType::active)
                        .orElseThrow(() -> new DomainException("ticket.type-unknown"));
                DomainException.require(
                        order.agreementsIn(planned.description()), "order.agreements-missing", type.name());
                contents.add(new OpenTicket(
                        customer.id(),
                        request.contactId(),
                        type.id(),
                        request.categoryId(),
                        planned.subject(),
                        planned.description()));
                DomainException.require(
                        planned.appointment().isEmpty() || planned.technician().isPresent(),
                        "order.appointment-without-technician",
                        type.name());
                planned.technician().ifPresent(id -> {
                    StaffMember technician =
                            staff.findById(id).orElseThrow(() -> new DomainException("ticket.technician-unknown"));
                    DomainException.require(
                            technician.active() && technician.hasRole(Role.TECHNICIAN),
                            "ticket.assignee-not-technician",
                            technician.name());
                });
            }
            TicketOrigin origin = TicketOrigin.order(order.number());
            List<Ticket> made = new ArrayList<>();
            for (int i = 0; i < contents.size(); i++) {
                Ticket opened = creation.open(contents.get(i), origin, by);
                PlannedTicket planned = request.tickets().get(i);
                Optional<StaffId> technician = planned.technician();
                made.add(
                        technician.isEmpty()
                                ? opened
                                : creation.forward(
                                        new ForwardTicket(
                                                opened.id(),
                                                technician.get(),
                                                request.notifyCustomer(),
                                                planned.appointment(),
                                                "",
                                                Optional.empty()),
                                        origin,
                                        by));
            }
            TicketId base = made.get(request.baseInstallation()).id();
            order.document().ifPresent(document -> documents.attach(base, document));
            order.ticketsCreated(made.stream().map(Ticket::id).toList(), base);
            orders.save(order);
            return made;
        });
    }

    private Order byNumber(String number) {
        return orders.findByNumber(number).orElseThrow(() -> new DomainException("order.not-found", number));
    }
}
