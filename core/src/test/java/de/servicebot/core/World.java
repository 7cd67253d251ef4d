package de.servicebot.core;

import de.servicebot.core.appointment.AppointmentService;
import de.servicebot.core.article.ArticleService;
import de.servicebot.core.call.CallService;
import de.servicebot.core.catalog.Category;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.checklist.RequiredPointsDone;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.creation.ForwardTicket;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.delivery.DeliveryNoteService;
import de.servicebot.core.delivery.OnSiteNeedsDeliveryNote;
import de.servicebot.core.notification.RecordingNotifier;
import de.servicebot.core.order.OrderService;
import de.servicebot.core.shared.DirectTransactions;
import de.servicebot.core.shared.DomainEventBus;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.SteppingClock;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.stock.StockService;
import de.servicebot.core.template.TemplateKind;
import de.servicebot.core.template.TextTemplate;
import de.servicebot.core.ticket.AppointmentNotInPast;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketService;
import de.servicebot.core.time.TimeService;
import de.servicebot.core.time.WorkDuration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A small company on the in-memory fakes, for service tests: staff in every role, a customer with a German contact
 * (with e-mail), an English one and one without e-mail, a type, a category and the process's text templates. The
 * clock stands at Thursday 26 Nov 2026, 09:30 in Berlin.
 */
public final class World {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Instant NOW = Instant.parse("2026-11-26T08:30:00Z");
    public static final String TICKET_NEW = "Kunde: {{Kunde}}\nAnsprechpartner: {{Ansprechpartner}}\n"
            + "Aufgenommen am {{Datum}} von {{Ersteller}}\nAnliegen:";

    /** The largest order document the world's order service takes. */
    public static final long MAX_DOCUMENT = 64 * 1024;

    public final Repositories repos = Repositories.inMemory();
    public final RecordingNotifier notifier = new RecordingNotifier();
    /** The world's domain events: tests subscribe to see what a use case published. */
    public final DomainEventBus events = new DomainEventBus();

    public final Clock clock;
    public final TicketService tickets;
    public final CreationService creation;
    public final TimeService time;
    public final CallService calls;
    public final CustomerService customers;
    public final ChecklistService checklists;
    public final OrderService orders;
    public final AppointmentService appointments;
    public final ArticleService articles;
    public final DeliveryNoteService deliveryNotes;
    public final StockService stock;

    public final StaffMember sales;
    public final StaffMember technician;
    public final StaffMember backOffice;
    public final StaffMember admin;
    public final Customer customer;
    public final Contact anna;
    public final Contact john;
    public final Contact withoutEmail;
    public final TicketType type;
    public final Category category;

    /** A world whose clock starts at {@link #NOW} and moves on by a second whenever it is read. */
    public World() {
        this(new SteppingClock(NOW, Duration.ofSeconds(1), BERLIN));
    }

    public World(Clock clock) {
        this.clock = clock;
        DirectTransactions transactions = new DirectTransactions();
        checklists = new ChecklistService(
                repos.checklists(),
                repos.checklistTemplates(),
                repos.tickets(),
                repos.catalog(),
                repos.audit(),
                transactions,
                clock);
        tickets = new TicketService(
                repos.tickets(),
                repos.customers(),
                repos.catalog(),
                repos.staff(),
                repos.audit(),
                transactions,
                notifier,
                events,
                List.of(new RequiredPointsDone(repos.checklists())),
                clock);
        deliveryNotes = new DeliveryNoteService(
                repos.deliveryNotes(),
                repos.deliveryNoteNumbers(),
                repos.tickets(),
                repos.customers(),
                repos.orders(),
                repos.articles(),
                repos.staff(),
                notifier,
                repos.audit(),
                transactions,
                events,
                sheet -> ("%PDF-1.7 " + sheet.note().label() + " " + sheet.customerName() + " "
                                + sheet.language().code())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                repos.documents(),
                clock);
        stock = new StockService(
                repos.stockRequests(),
                repos.tickets(),
                repos.customers(),
                repos.articles(),
                repos.staff(),
                notifier,
                repos.audit(),
                transactions,
                clock);
        articles = new ArticleService(repos.articles(), repos.audit(), transactions, clock);
        time = new TimeService(
                repos.timeEntries(),
                repos.tickets(),
                repos.templates(),
                repos.customers(),
                repos.staff(),
                repos.audit(),
                transactions,
                clock,
                List.of(new OnSiteNeedsDeliveryNote(deliveryNotes)));
        creation = new CreationService(
                repos.tickets(),
                repos.ticketNumbers(),
                repos.customers(),
                repos.catalog(),
                repos.templates(),
                repos.staff(),
                time,
                checklists,
                notifier,
                repos.audit(),
                transactions,
                events,
                List.of(new AppointmentNotInPast(clock)),
                clock,
                WorkDuration.ofMinutes(10));
        orders = new OrderService(
                repos.orders(),
                repos.customers(),
                repos.catalog(),
                repos.staff(),
                creation,
                repos.documents(),
                transactions,
                clock,
                MAX_DOCUMENT);
        appointments = new AppointmentService(
                repos.tickets(),
                repos.customers(),
                repos.staff(),
                repos.audit(),
                transactions,
                notifier,
                events,
                clock);
        calls = new CallService(repos.calls(), repos.tickets(), repos.staff(), notifier, transactions, clock);
        customers = new CustomerService(repos.customers());

        sales = repos.staff().save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        technician = repos.staff().save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        backOffice = repos.staff().save(StaffFixtures.aStaffMember("Ines Innendienst", Role.BACKOFFICE));
        admin = repos.staff().save(StaffFixtures.aStaffMember("Adam Admin", Role.ADMIN));

        Customer müller = Customer.create("K-10001", "Müller Maschinenbau GmbH");
        anna = müller.addContact(
                Contact.create("Anna Berger", EmailAddress.of("anna@mueller.example"), "+49 89 1", Language.DE));
        john = müller.addContact(
                Contact.create("John Smith", EmailAddress.of("john@mueller.example"), "", Language.EN));
        withoutEmail = müller.addContact(Contact.create("Lena Korn", null, "0821 1", Language.DE));
        müller.locatedAt("Müller Maschinenbau GmbH\nIndustriestraße 5\n86150 Augsburg");
        customer = repos.customers().save(müller);
        type = repos.catalog().save(TicketType.create("Störung"));
        category = repos.catalog().save(Category.create("Drucker"));
        repos.templates().save(TextTemplate.create(TemplateKind.TICKET, TextTemplate.TICKET_NEW, TICKET_NEW));
        repos.templates()
                .save(TextTemplate.create(
                        TemplateKind.TIME_ENTRY, TextTemplate.TICKET_CREATION, "Ticket {{Ticketnummer}} aufgenommen"));
        repos.templates()
                .save(TextTemplate.create(
                        TemplateKind.TIME_ENTRY,
                        "Fernwartung",
                        "Fernwartung bei {{Kunde}} ({{Ansprechpartner}}): {{Betreff}}"));
    }

    public OpenTicket printerTicket(Contact contact) {
        return new OpenTicket(customer.id(), contact.id(), type.id(), category.id(), "Drucker druckt nicht", "");
    }

    /** A ticket opened by sales for Anna. */
    public Ticket openedTicket() {
        return creation.open(printerTicket(anna), sales);
    }

    /** A ticket opened by sales for Anna and forwarded to the technician, without customer mail. */
    public Ticket forwardedTicket() {
        Ticket ticket = openedTicket();
        ForwardTicket quiet = new ForwardTicket(
                ticket.id(), technician.id(), false, java.util.Optional.empty(), "", java.util.Optional.empty());
        return creation.forward(quiet, sales);
    }
}
