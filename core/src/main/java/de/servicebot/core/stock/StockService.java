package de.servicebot.core.stock;

import de.servicebot.core.article.Article;
import de.servicebot.core.article.ArticleRepository;
import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.delivery.Material;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.ticket.TicketStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Material from stock handed to the back office (Innendienst) instead of onto the delivery note: every back-office
 * person is told with "Gebucht" and "Rückfrage"; the technician hears when it is booked or what the back office asks.
 */
public final class StockService {

    /** The most waiting hand-offs a list shows. */
    public static final int MAX_LISTED = 50;

    private final StockRequestRepository requests;
    private final TicketRepository tickets;
    private final CustomerRepository customers;
    private final ArticleRepository articles;
    private final StaffRepository staff;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public StockService(
            StockRequestRepository requests,
            TicketRepository tickets,
            CustomerRepository customers,
            ArticleRepository articles,
            StaffRepository staff,
            Notifier notifier,
            AuditLog audit,
            Transactions transactions,
            Clock clock) {
        this.requests = requests;
        this.tickets = tickets;
        this.customers = customers;
        this.articles = articles;
        this.staff = staff;
        this.notifier = notifier;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Hands material to the back office: an article of the list takes its name and unit from there. */
    public StockRequest hand(TicketId ticketId, Material typed, String note, StaffMember by) {
        by.require(Permission.RECORD_MATERIAL);
        return transactions.inTransaction(() -> {
            Ticket ticket = openTicket(ticketId);
            StockRequest saved =
                    requests.save(StockRequest.hand(ticketId, known(typed), note, by.id(), clock.instant()));
            record(by, "stock.handed", saved, "ticket=" + ticketId);
            tellBackOffice(saved, ticket, by, "stock-requested:" + saved.id() + ":" + saved.version());
            return saved;
        });
    }

    /** The back office booked it; the technician is told once, however often it is pressed. */
    public StockRequest book(StockRequestId id, StaffMember by) {
        by.require(Permission.BOOK_STOCK);
        return transactions.inTransaction(() -> {
            StockRequest request = request(id);
            if (!request.book(by.id(), clock.instant())) {
                return request;
            }
            StockRequest saved = requests.save(request);
            record(by, "stock.booked", saved, "");
            Ticket ticket = ticket(saved.ticketId());
            staff.findById(saved.requestedBy())
                    .filter(StaffMember::active)
                    .ifPresent(technician -> notifier.tell(
                            technician,
                            "stock-booked:" + saved.id(),
                            NotificationTemplate.STOCK_BOOKED,
                            Map.of(
                                    "bookedBy", by.name(),
                                    "ticketNumber", ticket.number().toString(),
                                    "material", describe(saved.material(), technician.language()))));
            return saved;
        });
    }

    /** The back office asks back (Rückfrage); the technician is told with the question. */
    public StockRequest query(StockRequestId id, String question, StaffMember by) {
        by.require(Permission.BOOK_STOCK);
        return transactions.inTransaction(() -> {
            StockRequest request = request(id);
            request.query(question);
            StockRequest saved = requests.save(request);
            record(by, "stock.queried", saved, "");
            Ticket ticket = ticket(saved.ticketId());
            staff.findById(saved.requestedBy())
                    .filter(StaffMember::active)
                    .ifPresent(technician -> notifier.tell(
                            technician,
                            "stock-queried:" + saved.id() + ":" + saved.version(),
                            NotificationTemplate.STOCK_QUERIED,
                            Map.of(
                                    "queriedBy", by.name(),
                                    "ticketNumber", ticket.number().toString(),
                                    "material", describe(saved.material(), technician.language()),
                                    "question", saved.question(),
                                    "ticketId", ticket.id().toString(),
                                    "requestId", saved.id().toString())));
            return saved;
        });
    }

    /** The technician answers the back office's question; the back office is told again, with the answer. */
    public StockRequest answer(StockRequestId id, String text, StaffMember by) {
        by.require(Permission.RECORD_MATERIAL);
        return transactions.inTransaction(() -> {
            StockRequest request = request(id);
            request.answer(text, by.id());
            StockRequest saved = requests.save(request);
            record(by, "stock.answered", saved, "");
            tellBackOffice(
                    saved, ticket(saved.ticketId()), by, "stock-requested:" + saved.id() + ":" + saved.version());
            return saved;
        });
    }

    /** What waits for the back office, oldest first (lager offen). */
    public List<StockRequest> waiting(StaffMember by) {
        if (!by.may(Permission.BOOK_STOCK)) {
            by.require(Permission.RECORD_MATERIAL);
        }
        return requests.waiting(MAX_LISTED);
    }

    public StockRequest get(StockRequestId id, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return request(id);
    }

    /** As a message reads it: {@code 2 Stück Toner HP 26A schwarz (TN-1001)}. */
    public static String describe(Material material, Language language) {
        String what = material.description().isEmpty() ? material.articleNumber() : material.description();
        String number =
                material.articleNumber().isEmpty() || material.description().isEmpty()
                        ? ""
                        : " (" + material.articleNumber() + ")";
        return Formats.quantity(material.quantity(), language) + " " + material.unit() + " " + what + number;
    }

    private void tellBackOffice(StockRequest request, Ticket ticket, StaffMember by, String key) {
        String customer =
                customers.findById(ticket.customerId()).map(c -> c.name()).orElse("");
        for (StaffMember backOffice : staff.findActiveByRole(Role.BACKOFFICE)) {
            Map<String, String> values = new HashMap<>(Map.of(
                    "requestedBy", by.name(),
                    "ticketNumber", ticket.number().toString(),
                    "customerName", customer,
                    "material", describe(request.material(), backOffice.language()),
                    "ticketId", ticket.id().toString(),
                    "requestId", request.id().toString()));
            if (!request.note().isEmpty()) {
                values.put("note", request.note());
            }
            if (!request.answer().isEmpty()) {
                values.put("answer", request.answer());
            }
            notifier.tell(backOffice, key, NotificationTemplate.STOCK_REQUESTED, values);
        }
    }

    private Material known(Material typed) {
        Optional<Article> article = typed.articleNumber().isEmpty()
                ? Optional.empty()
                : articles.findByNumber(typed.articleNumber()).filter(Article::active);
        DomainException.require(
                article.isPresent() || !typed.description().isEmpty(),
                "delivery.article-unknown",
                typed.articleNumber());
        return new Material(
                article.map(Article::number).orElse(typed.articleNumber()),
                article.map(Article::name).orElse(typed.description()),
                typed.quantity(),
                typed.unit().isEmpty() ? article.map(Article::unit).orElse("") : typed.unit(),
                typed.serials());
    }

    private StockRequest request(StockRequestId id) {
        return requests.findById(id).orElseThrow(() -> new DomainException("stock.not-found"));
    }

    private Ticket ticket(TicketId id) {
        return tickets.findById(id).orElseThrow(() -> new DomainException("ticket.not-found", id.toString()));
    }

    private Ticket openTicket(TicketId id) {
        Ticket ticket = ticket(id);
        DomainException.require(
                ticket.status() != TicketStatus.CLOSED,
                "ticket.closed",
                ticket.number().toString());
        return ticket;
    }

    private void record(StaffMember by, String action, StockRequest request, String details) {
        audit.record(new AuditEntry(
                clock.instant(), by.id(), action, request.ticketId().toString(), details));
    }
}
