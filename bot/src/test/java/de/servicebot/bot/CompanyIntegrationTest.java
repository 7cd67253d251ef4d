package de.servicebot.bot;

import de.servicebot.bot.local.DemoData;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.creation.ForwardTicket;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.template.TextTemplateRepository;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application with the demo company in its database (types, categories, text templates, a few people),
 * for tests that walk through the process; each test adds the people and customers it looks at.
 */
public abstract class CompanyIntegrationTest extends BotIntegrationTest {

    @Autowired
    protected StaffRepository staff;

    @Autowired
    protected CustomerRepository customers;

    @Autowired
    protected CatalogRepository catalogRepository;

    @Autowired
    protected TextTemplateRepository templates;

    @Autowired
    protected CatalogService catalog;

    @Autowired
    protected Transactions transactions;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private org.springframework.context.ApplicationContext app;

    @Autowired
    protected ChecklistService checklists;

    @Autowired
    protected CreationService creation;

    @BeforeEach
    void demoCompany() {
        DemoData.in(app).loadIfAbsent();
    }

    /** A new ticket for the contact, of the demo's first type and category, opened by {@code by}. */
    protected Ticket openTicket(Customer customer, Contact contact, String subject, StaffMember by) {
        return creation.open(
                new OpenTicket(
                        customer.id(),
                        contact.id(),
                        catalog.types().get(0).id(),
                        catalog.categories().get(0).id(),
                        subject,
                        ""),
                by);
    }

    /**
     * A ticket of a fresh type whose checklist "Rollout" has two required points, "Server einbauen" and "Backup
     * einrichten" (which asks for the Seriennummer), forwarded to the technician; returns its id.
     */
    protected String ticketWithChecklistFor(StaffMember assignee) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        StaffMember admin = staff.save(StaffFixtures.anAdmin());
        TicketType type = catalogRepository.save(TicketType.create("Rollout " + unique));
        checklists.defineTemplate(
                type.id(),
                "Rollout",
                List.of(
                        ChecklistItem.required("Server einbauen"),
                        ChecklistItem.required("Backup einrichten").withEvidence("Seriennummer")),
                admin);
        Customer customer = customers.findByNumber("K-10001").orElseThrow();
        StaffMember sales = staff.save(StaffFixtures.aSalesPerson());
        Ticket ticket = creation.open(
                new OpenTicket(
                        customer.id(),
                        customer.contacts().get(0).id(),
                        type.id(),
                        catalog.categories().get(0).id(),
                        "Rollout " + unique,
                        ""),
                sales);
        creation.forward(
                new ForwardTicket(ticket.id(), assignee.id(), false, Optional.empty(), "", Optional.empty()), sales);
        return ticket.id().toString();
    }

    protected String status(String ticketId) {
        return jdbc.sql("select status from ticket where id = ?::uuid")
                .param(ticketId)
                .query(String.class)
                .single();
    }
}
