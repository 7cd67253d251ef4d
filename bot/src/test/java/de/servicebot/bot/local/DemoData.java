package de.servicebot.bot.local;

import de.servicebot.core.article.Article;
import de.servicebot.core.article.ArticleRepository;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.Category;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.checklist.ChecklistTemplate;
import de.servicebot.core.checklist.ChecklistTemplates;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.document.Document;
import de.servicebot.core.document.Documents;
import de.servicebot.core.order.NewOrder;
import de.servicebot.core.order.Order;
import de.servicebot.core.order.OrderPosition;
import de.servicebot.core.order.OrderRepository;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.template.TemplateKind;
import de.servicebot.core.template.TextTemplate;
import de.servicebot.core.template.TextTemplateRepository;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;

/**
 * The demo company for the local run: staff in every role, a few customers with contacts, ticket types, main
 * categories and the text templates the process names. Loaded once, in one transaction; a second start finds it and
 * leaves the data as it is. It lives in test sources, so it can never reach a production build.
 */
public final class DemoData {

    /** The admin whose presence says the demo data is loaded. */
    public static final EmailAddress ADMIN = EmailAddress.of("adam.admin@servicebot.local");

    /** The demo order, waiting to be turned into tickets. */
    public static final String ORDER = "AB-2026-0815";

    public static final String TICKET_NEW_BODY = """
            Kunde: {{Kunde}}
            Ansprechpartner: {{Ansprechpartner}}
            Aufgenommen am {{Datum}} von {{Ersteller}}
            Typ: {{Typ}} / Hauptkategorie: {{Hauptkategorie}}

            Anliegen:

            Bereits geprüft:

            Absprachen mit dem Kunden:
            """;

    private final StaffRepository staff;
    private final CustomerRepository customers;
    private final CatalogRepository catalog;
    private final TextTemplateRepository templates;
    private final ChecklistTemplates checklists;
    private final OrderRepository orders;
    private final Documents documents;
    private final ArticleRepository articles;
    private final Transactions transactions;

    public DemoData(
            StaffRepository staff,
            CustomerRepository customers,
            CatalogRepository catalog,
            TextTemplateRepository templates,
            ChecklistTemplates checklists,
            OrderRepository orders,
            Documents documents,
            ArticleRepository articles,
            Transactions transactions) {
        this.staff = staff;
        this.customers = customers;
        this.catalog = catalog;
        this.templates = templates;
        this.checklists = checklists;
        this.orders = orders;
        this.documents = documents;
        this.articles = articles;
        this.transactions = transactions;
    }

    /** The demo company on the storage of a running application. */
    public static DemoData in(BeanFactory app) {
        return new DemoData(
                app.getBean(StaffRepository.class),
                app.getBean(CustomerRepository.class),
                app.getBean(CatalogRepository.class),
                app.getBean(TextTemplateRepository.class),
                app.getBean(ChecklistTemplates.class),
                app.getBean(OrderRepository.class),
                app.getBean(Documents.class),
                app.getBean(ArticleRepository.class),
                app.getBean(Transactions.class));
    }

    /** Loads the demo company unless it is there already; says whether it loaded. */
    public boolean loadIfAbsent() {
        if (staff.findByEmail(ADMIN).isPresent()) {
            return false;
        }
        transactions.run(this::load);
        return true;
    }

    private void load() {
        person("Vera Vertrieb", "vera.vertrieb", Language.DE, Role.SALES);
        person("Tim Technik", "tim.technik", Language.DE, Role.TECHNICIAN);
        person("Tara Tech", "tara.tech", Language.EN, Role.TECHNICIAN);
        person("Ines Innendienst", "ines.innendienst", Language.DE, Role.BACKOFFICE);
        staff.save(StaffMember.register("Adam Admin", ADMIN, Set.of(Role.ADMIN, Role.TECHNICIAN), Language.DE));

        customer(
                "K-10001",
                "Müller Maschinenbau GmbH",
                "Industriestraße 5\n86150 Augsburg",
                contact("Anna Berger", "anna.berger@mueller-maschinenbau.example", "+49 89 123456-10", Language.DE),
                contact("Jonas Weber", "jonas.weber@mueller-maschinenbau.example", "+49 89 123456-22", Language.DE));
        Customer müller = customers.findByNumber("K-10001").orElseThrow();
        müller.lookedAfterBy(staff.findByEmail(EmailAddress.of("vera.vertrieb@servicebot.local"))
                .orElseThrow()
                .id());
        customers.save(müller);
        customer(
                "K-10002",
                "Schmidt Logistik AG",
                "Hafenweg 12\n20457 Hamburg",
                contact("Petra Schmidt", "p.schmidt@schmidt-logistik.example", "+49 40 987654-0", Language.DE));
        customer(
                "K-10003",
                "Bäckerei Sonnenschein",
                "Marktplatz 3\n86152 Augsburg",
                contact("Karl Brot", "karl@baeckerei-sonnenschein.example", "0821 55 44 33", Language.DE),
                contact("Lena Korn", null, "0821 55 44 34", Language.DE));
        customer(
                "K-10004",
                "Global Freight Ltd.",
                "1 Dock Road\nLondon E16 1AA\nUnited Kingdom",
                contact("John Smith", "john.smith@globalfreight.example", "+44 20 7946 0018", Language.EN));

        for (String type : new String[] {"Störung", "Installation", "Wartung", "Anfrage"}) {
            catalog.save(TicketType.create(type));
        }
        StaffMember admin = staff.findByEmail(ADMIN).orElseThrow();
        TicketType base = catalog.save(TicketType.baseInstallation("Grundinstallation"));
        checklists.add(ChecklistTemplate.first(
                base.id(),
                "Server",
                List.of(
                        ChecklistItem.required("Server eingebaut und verkabelt").withEvidence("Seriennummer"),
                        ChecklistItem.required("Betriebssystem installiert und aktualisiert")
                                .afterThePrevious(),
                        ChecklistItem.required("Datensicherung eingerichtet, Rücksicherung getestet")
                                .withNote(),
                        ChecklistItem.required("Dokumentation beim Kunden aktualisiert")),
                admin.id(),
                Instant.now()));
        TicketType workstation = catalog.save(TicketType.create("Arbeitsplatz einrichten"));
        checklists.add(ChecklistTemplate.first(
                workstation.id(),
                "Arbeitsplatz",
                List.of(
                        ChecklistItem.required("Rechner aufgestellt").withEvidence("Seriennummer"),
                        ChecklistItem.required("Benutzer angemeldet, Profil übernommen")
                                .afterThePrevious(),
                        ChecklistItem.required("Drucker verbunden").optional(),
                        ChecklistItem.required("Altgerät mitgenommen")
                                .optional()
                                .withNote()),
                admin.id(),
                Instant.now()));
        for (String category : new String[] {"Hardware", "Software", "Netzwerk", "Drucker", "Telefonie", "Lizenzen"}) {
            catalog.save(Category.create(category));
        }

        templates.save(TextTemplate.create(TemplateKind.TICKET, TextTemplate.TICKET_NEW, TICKET_NEW_BODY));
        order();
        templates.save(
                TextTemplate.create(
                        TemplateKind.TIME_ENTRY,
                        TextTemplate.TICKET_CREATION,
                        "Ticket {{Ticketnummer}} für {{Kunde}} aufgenommen, Angaben ergänzt und an die Technik weitergeleitet."));
        templates.save(TextTemplate.create(TemplateKind.TIME_ENTRY, "Fernwartung", "Fernwartung bei {{Kunde}}: "));
        templates.save(TextTemplate.create(TemplateKind.TIME_ENTRY, "Vor-Ort-Einsatz", "Vor Ort bei {{Kunde}}: "));
        templates.save(
                TextTemplate.create(TemplateKind.TIME_ENTRY, "Telefonat", "Telefonat mit {{Ansprechpartner}}: "));
    }

    /** An order of Müller Maschinenbau from the ERP, with its PDF, for sales to turn into tickets. */
    private void order() {
        Customer müller = customers.findByNumber("K-10001").orElseThrow();
        Order order = Order.receive(
                new NewOrder(
                        ORDER,
                        müller.number(),
                        List.of(
                                new OrderPosition("Server Dell PowerEdge R660", BigDecimal.ONE, "Stück"),
                                new OrderPosition("Dell Latitude 5550", new BigDecimal("3"), "Stück"),
                                new OrderPosition("Patchkabel Cat6 2 m", new BigDecimal("2"), "Beutel à 10")),
                        "Aufbau am Samstag, 05.12. ab 8 Uhr; Einweisung 2 h kostenlos (zugesagt von der Geschäftsleitung)."),
                müller.id(),
                Instant.now());
        Document pdf = documents.store(Document.pdf(
                "Auftrag " + ORDER + ".pdf",
                ("%PDF-1.4\n% Auftrag " + ORDER + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII),
                1024 * 1024,
                "Auftrag",
                Instant.now()));
        order.attach(pdf.id());
        orders.save(order);
        articles.save(Article.create("TN-1001", "Toner HP 26A schwarz", "Stück", false));
        articles.save(Article.create("KB-2", "Patchkabel Cat. 6, 2 m", "Beutel à 5", false));
        articles.save(Article.create("SW-24", "Switch 24 Port, verwaltet", "Stück", true));
        articles.save(Article.create("NB-14", "Notebook 14 Zoll", "Stück", true));
        articles.save(Article.create("FP-A4", "Kopierpapier A4, 80 g", "Karton à 5 Pakete", false));
    }

    private void person(String name, String mailbox, Language language, Role role) {
        staff.save(StaffMember.register(name, EmailAddress.of(mailbox + "@servicebot.local"), Set.of(role), language));
    }

    private void customer(String number, String name, String address, Contact... contacts) {
        Customer customer = Customer.create(number, name);
        customer.locatedAt(address);
        for (Contact contact : contacts) {
            customer.addContact(contact);
        }
        customers.save(customer);
    }

    private static Contact contact(String name, String email, String phone, Language language) {
        return Contact.create(name, email == null ? null : EmailAddress.of(email), phone, language);
    }
}
