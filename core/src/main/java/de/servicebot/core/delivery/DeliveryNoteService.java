package de.servicebot.core.delivery;

import de.servicebot.core.article.Article;
import de.servicebot.core.article.ArticleRepository;
import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.document.Document;
import de.servicebot.core.document.Documents;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.order.Order;
import de.servicebot.core.order.OrderPosition;
import de.servicebot.core.order.OrderRepository;
import de.servicebot.core.shared.DomainEvents;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.ticket.TicketStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Delivery notes (Warenausgang) and material from stock (Entnahme Lager): "Bei Terminen vor Ort IMMER nur mit
 * Lieferschein". Sales writes a ticket's delivery note from its order and issues it; the technician's material goes
 * onto the ticket's draft of the day, marked extra where the order does not have it; on-site work waits for an issued
 * note, and the technician can ask the customer's salesperson for it.
 */
public final class DeliveryNoteService {

    /** The largest printed note kept (200 lines with serial numbers stay far below). */
    static final long MAX_PDF = 10L * 1024 * 1024;

    private final DeliveryNoteRepository notes;
    private final DeliveryNoteNumbers numbers;
    private final TicketRepository tickets;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final ArticleRepository articles;
    private final StaffRepository staff;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Transactions transactions;
    private final DomainEvents events;
    private final DeliveryNotePdf pdf;
    private final Documents documents;
    private final Clock clock;

    public DeliveryNoteService(
            DeliveryNoteRepository notes,
            DeliveryNoteNumbers numbers,
            TicketRepository tickets,
            CustomerRepository customers,
            OrderRepository orders,
            ArticleRepository articles,
            StaffRepository staff,
            Notifier notifier,
            AuditLog audit,
            Transactions transactions,
            DomainEvents events,
            DeliveryNotePdf pdf,
            Documents documents,
            Clock clock) {
        this.pdf = pdf;
        this.documents = documents;
        this.notes = notes;
        this.numbers = numbers;
        this.tickets = tickets;
        this.customers = customers;
        this.orders = orders;
        this.articles = articles;
        this.staff = staff;
        this.notifier = notifier;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The ticket's delivery and return notes, oldest first. */
    public List<DeliveryNote> ofTicket(TicketId ticketId, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return notes.ofTicket(ticketId);
    }

    /** The note, if it is one of the ticket's: a note of another ticket is as unknown as one that does not exist. */
    public DeliveryNote get(TicketId ticketId, DeliveryNoteId id, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return ofTicketOrUnknown(ticketId, id);
    }

    /**
     * The ticket's draft of today for sales to complete and issue: made on first use with the customer's address and
     * the positions of the order the ticket came from.
     */
    public DeliveryNote draft(TicketId ticketId, StaffMember by) {
        by.require(Permission.DELIVERY_NOTES);
        return transactions.inTransaction(() -> {
            Ticket ticket = openTicket(ticketId);
            Optional<Order> order = orders.findByTicket(ticketId);
            DeliveryNote draft = todaysDraft(ticket, order);
            boolean fromOrderAlready =
                    draft.lines().stream().anyMatch(line -> line.source() == DeliveryLine.Source.ORDER);
            if (fromOrderAlready || order.isEmpty()) {
                return draft;
            }
            List<OrderPosition> positions = order.get().positions();
            for (int i = 0; i < positions.size(); i++) {
                OrderPosition position = positions.get(i);
                Optional<Article> article = articleOf(position);
                draft.add(new DeliveryLine(
                        "order:" + (i + 1),
                        article.map(Article::number).orElse(""),
                        article.map(Article::name).orElse(position.article()),
                        position.quantity(),
                        position.unit(),
                        List.of(),
                        article.map(Article::serialNumbers).orElse(false),
                        DeliveryLine.Source.ORDER,
                        false));
            }
            DeliveryNote saved = notes.save(draft);
            record(
                    by,
                    "delivery-note.drafted",
                    saved,
                    "ticket=" + ticketId + " lines=" + saved.lines().size());
            return saved;
        });
    }

    /**
     * Puts material a technician took from stock onto the ticket's draft of today (made when there is none): an
     * article of the list by its number, or free text; marked extra when the ticket's order does not have it. The
     * same material recorded twice (same source) stays one line.
     */
    public DeliveryNote recordMaterial(RecordMaterial request, StaffMember by) {
        by.require(Permission.RECORD_MATERIAL);
        return transactions.inTransaction(() -> {
            Ticket ticket = openTicket(request.ticketId());
            Optional<Order> order = orders.findByTicket(ticket.id());
            DeliveryNote draft = todaysDraft(ticket, order);
            int added = 0;
            for (int i = 0; i < request.materials().size(); i++) {
                DeliveryLine line = line(
                        request.source() + ":" + (i + 1), request.materials().get(i), order);
                if (draft.add(line)) {
                    added++;
                }
            }
            if (added == 0) {
                return draft;
            }
            DeliveryNote saved = notes.save(draft);
            record(by, "delivery-note.material-added", saved, "ticket=" + ticket.id() + " lines=" + added);
            return saved;
        });
    }

    /** Changes where the draft goes. */
    public DeliveryNote deliverTo(TicketId ticketId, DeliveryNoteId id, String address, StaffMember by) {
        by.require(Permission.DELIVERY_NOTES);
        return transactions.inTransaction(() -> {
            DeliveryNote note = ofTicketOrUnknown(ticketId, id);
            note.deliverTo(address);
            return notes.save(note);
        });
    }

    /** Takes a line off the draft. */
    public DeliveryNote removeLine(TicketId ticketId, DeliveryNoteId id, String key, StaffMember by) {
        by.require(Permission.DELIVERY_NOTES);
        return transactions.inTransaction(() -> {
            DeliveryNote note = ofTicketOrUnknown(ticketId, id);
            note.remove(key);
            DeliveryNote saved = notes.save(note);
            record(by, "delivery-note.line-removed", saved, "line=" + key);
            return saved;
        });
    }

    /**
     * Issues the draft: it gets the next number of its year and never changes again; the ticket's technician is
     * told. Issuing an issued note again changes nothing.
     */
    public DeliveryNote issue(TicketId ticketId, DeliveryNoteId id, StaffMember by) {
        by.require(Permission.DELIVERY_NOTES);
        return transactions.inTransaction(() -> {
            DeliveryNote note = ofTicketOrUnknown(ticketId, id);
            if (note.status() != DeliveryNote.Status.DRAFT) {
                return note;
            }
            Ticket ticket = ticket(ticketId);
            note.requireIssuable();
            DeliveryNoteNumber number =
                    numbers.next(note.kind(), LocalDate.now(clock).getYear());
            note.issue(number, by.id(), clock.instant());
            DeliveryNote saved = notes.save(note);
            record(
                    by,
                    "delivery-note.issued",
                    saved,
                    "number=" + number + " lines=" + saved.lines().size());
            keepPrinted(saved, ticket);
            tellTechnician(saved, ticket, by);
            events.publish(new DeliveryNoteIssued(saved, ticket, by));
            return saved;
        });
    }

    /** The customer signed for it: who took it, on which day. By the technician on site or by sales. */
    public DeliveryNote received(
            TicketId ticketId, DeliveryNoteId id, String receivedBy, LocalDate on, StaffMember by) {
        requireTechnicianOrSales(by);
        return transactions.inTransaction(() -> {
            DeliveryNote note = ofTicketOrUnknown(ticketId, id);
            note.received(receivedBy, on, LocalDate.now(clock));
            DeliveryNote saved = notes.save(note);
            record(by, "delivery-note.received", saved, "on=" + on);
            return saved;
        });
    }

    /** Sales (or the ERP) handed the note to billing; again changes nothing. */
    public DeliveryNote billed(DeliveryNoteNumber number, StaffMember by) {
        by.require(Permission.DELIVERY_NOTES);
        return transactions.inTransaction(() -> {
            DeliveryNote note = notes.findByNumber(number)
                    .orElseThrow(() -> new DomainException("delivery.not-found", number.toString()));
            if (!note.billed(clock.instant())) {
                return note;
            }
            DeliveryNote saved = notes.save(note);
            record(by, "delivery-note.billed", saved, "number=" + number);
            return saved;
        });
    }

    /** A new draft that puts an issued note right; the issued one stays as it was. */
    public DeliveryNote correct(TicketId ticketId, DeliveryNoteId id, StaffMember by) {
        by.require(Permission.DELIVERY_NOTES);
        return transactions.inTransaction(() -> {
            DeliveryNote issued = ofTicketOrUnknown(ticketId, id);
            DeliveryNote saved = notes.save(issued.correction(LocalDate.now(clock)));
            record(by, "delivery-note.corrected", saved, "replaces=" + issued.label());
            return saved;
        });
    }

    /** A return note (Rücklieferschein) for what comes back of an issued delivery, by line key and quantity. */
    public DeliveryNote returnNote(
            TicketId ticketId, DeliveryNoteId id, Map<String, BigDecimal> returned, StaffMember by) {
        requireTechnicianOrSales(by);
        return transactions.inTransaction(() -> {
            DeliveryNote delivered = ofTicketOrUnknown(ticketId, id);
            DeliveryNote saved = notes.save(delivered.returnOf(returned, LocalDate.now(clock)));
            record(by, "delivery-note.return-drafted", saved, "of=" + delivered.label());
            return saved;
        });
    }

    /**
     * Whether on-site work may start on the ticket: refused, naming the salesperson to ask, unless it has an issued
     * delivery note ("Bei Terminen vor Ort IMMER nur mit Lieferschein").
     */
    public void requireForOnSite(Ticket ticket) {
        if (notes.ofTicket(ticket.id()).stream().anyMatch(DeliveryNote::issuedDelivery)) {
            return;
        }
        String ticketNumber = ticket.number().toString();
        throw salesperson(ticket)
                .map(person -> new DomainException("delivery.on-site-without-note", ticketNumber, person.name()))
                .orElseGet(() -> new DomainException("delivery.on-site-without-note-nobody", ticketNumber));
    }

    /** A technician about to go on site: refused without an issued delivery note, else recorded. */
    public void startOnSite(TicketId ticketId, StaffMember by) {
        by.require(Permission.RECORD_MATERIAL);
        transactions.run(() -> {
            Ticket ticket = openTicket(ticketId);
            requireForOnSite(ticket);
            audit.record(new AuditEntry(clock.instant(), by.id(), "ticket.on-site-started", ticketId.toString(), ""));
        });
    }

    /**
     * Asks the customer's salesperson (else whoever opened the ticket, if in sales) in chat and by mail for the
     * ticket's delivery note; asking again on the same day tells nobody twice. Returns who was asked.
     */
    public StaffMember askForNote(TicketId ticketId, StaffMember by) {
        by.require(Permission.RECORD_MATERIAL);
        return transactions.inTransaction(() -> {
            Ticket ticket = openTicket(ticketId);
            StaffMember salesperson = salesperson(ticket)
                    .orElseThrow(() -> new DomainException(
                            "delivery.on-site-without-note-nobody",
                            ticket.number().toString()));
            Customer customer = customer(ticket);
            Map<String, String> values = new HashMap<>(Map.of(
                    "askedBy", by.name(),
                    "ticketNumber", ticket.number().toString(),
                    "subject", ticket.subject(),
                    "customerName", customer.name()));
            ticket.appointment()
                    .ifPresent(agreed -> values.put("appointment", agreed.describe(salesperson.language())));
            notifier.tell(
                    salesperson,
                    "delivery-note-wanted:" + ticket.id() + ":" + LocalDate.now(clock),
                    NotificationTemplate.DELIVERY_NOTE_WANTED,
                    values);
            audit.record(new AuditEntry(
                    clock.instant(),
                    by.id(),
                    "delivery-note.asked",
                    ticket.id().toString(),
                    "salesperson=" + salesperson.id()));
            return salesperson;
        });
    }

    private Optional<StaffMember> salesperson(Ticket ticket) {
        return customer(ticket)
                .salesperson()
                .flatMap(staff::findById)
                .filter(person -> person.may(Permission.DELIVERY_NOTES))
                .or(() -> staff.findById(ticket.createdBy()).filter(person -> person.may(Permission.DELIVERY_NOTES)));
    }

    /** The article a position names: by its whole text or its first word as the article number. */
    private Optional<Article> articleOf(OrderPosition position) {
        String firstWord = position.article().split("\\s+", 2)[0];
        return articles.findByNumber(position.article()).or(() -> articles.findByNumber(firstWord));
    }

    private DeliveryNote todaysDraft(Ticket ticket, Optional<Order> order) {
        return notes.draftOf(
                ticket.id(),
                LocalDate.now(clock),
                () -> DeliveryNote.draft(
                        ticket.customerId(),
                        ticket.id(),
                        order.map(Order::number),
                        LocalDate.now(clock),
                        customer(ticket).address()));
    }

    private DeliveryLine line(String key, Material material, Optional<Order> order) {
        Optional<Article> article = material.articleNumber().isEmpty()
                ? Optional.empty()
                : articles.findByNumber(material.articleNumber()).filter(Article::active);
        DomainException.require(
                article.isPresent() || !material.description().isEmpty(),
                "delivery.article-unknown",
                material.articleNumber());
        String description = article.map(Article::name).orElse(material.description());
        String unit = material.unit().isEmpty() ? article.map(Article::unit).orElse("") : material.unit();
        String number = article.map(Article::number).orElse(material.articleNumber());
        return new DeliveryLine(
                key,
                number,
                description,
                material.quantity(),
                unit,
                material.serials(),
                article.map(Article::serialNumbers).orElse(false),
                DeliveryLine.Source.STOCK,
                !inOrder(order, number, description));
    }

    /** Whether the order has a position for the article: by its number or its description, ignoring case. */
    private static boolean inOrder(Optional<Order> order, String number, String description) {
        return order.map(Order::positions).orElse(List.of()).stream()
                .map(position -> position.article().toLowerCase(Locale.ROOT))
                .anyMatch(article -> (!number.isEmpty() && article.contains(number.toLowerCase(Locale.ROOT)))
                        || article.equals(description.toLowerCase(Locale.ROOT)));
    }

    /** Prints the issued note in the contact's language and keeps the PDF with the ticket, where staff open it. */
    private void keepPrinted(DeliveryNote note, Ticket ticket) {
        Customer customer = customer(ticket);
        Contact contact = customer.requireContact(ticket.contactId());
        String refersTo = note.refersTo()
                .flatMap(notes::findById)
                .map(DeliveryNote::label)
                .orElse("");
        byte[] printed = pdf.render(new DeliveryNotePdf.Sheet(
                note,
                customer.number(),
                customer.name(),
                contact.name(),
                ticket.number().toString(),
                ticket.subject(),
                refersTo,
                contact.language()));
        String name = (note.kind() == DeliveryNote.Kind.RETURN ? "Ruecklieferschein " : "Lieferschein ") + note.label()
                + ".pdf";
        Document document = documents.store(Document.pdf(name, printed, MAX_PDF, name, clock.instant()));
        documents.attach(ticket.id(), document.id());
    }

    private void tellTechnician(DeliveryNote note, Ticket ticket, StaffMember by) {
        ticket.assignee()
                .filter(assignee -> !assignee.equals(by.id()))
                .flatMap(staff::findById)
                .filter(StaffMember::active)
                .ifPresent(technician -> {
                    Map<String, String> values = new HashMap<>(Map.of(
                            "issuedBy", by.name(),
                            "number", note.label(),
                            "ticketNumber", ticket.number().toString(),
                            "subject", ticket.subject(),
                            "customerName", customer(ticket).name()));
                    ticket.appointment()
                            .ifPresent(agreed -> values.put("appointment", agreed.describe(technician.language())));
                    notifier.tell(
                            technician,
                            "delivery-note-issued:" + note.id(),
                            NotificationTemplate.DELIVERY_NOTE_ISSUED,
                            values);
                });
    }

    private static void requireTechnicianOrSales(StaffMember by) {
        if (!by.may(Permission.RECORD_MATERIAL)) {
            by.require(Permission.DELIVERY_NOTES);
        }
    }

    private DeliveryNote ofTicketOrUnknown(TicketId ticketId, DeliveryNoteId id) {
        return notes.findById(id)
                .filter(note -> note.ticketId().equals(ticketId))
                .orElseThrow(() -> new DomainException("delivery.not-found", id.toString()));
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

    private Customer customer(Ticket ticket) {
        return customers
                .findById(ticket.customerId())
                .orElseThrow(() -> new DomainException("ticket.customer-unknown"));
    }

    private void record(StaffMember by, String action, DeliveryNote note, String details) {
        audit.record(new AuditEntry(clock.instant(), by.id(), action, note.id().toString(), details));
    }
}
