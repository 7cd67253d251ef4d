package de.servicebot.adapter.postgres;

import de.servicebot.core.Repositories;
import de.servicebot.core.RepositoryContract;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.call.CallLogRepository;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.checklist.ChecklistRepository;
import de.servicebot.core.checklist.ChecklistTemplates;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.document.Documents;
import de.servicebot.core.order.OrderRepository;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.template.TextTemplateRepository;
import de.servicebot.core.ticket.TicketNumbers;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.time.TimeEntryRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The PostgreSQL adapter keeps exactly the contract the in-memory fakes keep. */
@SpringBootTest(classes = PostgresTestApplication.class)
class JdbcRepositoriesIT extends RepositoryContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestApplication.useEmbeddedDatabase(registry);
    }

    @Autowired
    StaffRepository staff;

    @Autowired
    CustomerRepository customers;

    @Autowired
    CatalogRepository catalog;

    @Autowired
    TextTemplateRepository templates;

    @Autowired
    TicketRepository tickets;

    @Autowired
    TicketNumbers ticketNumbers;

    @Autowired
    TimeEntryRepository timeEntries;

    @Autowired
    CallLogRepository calls;

    @Autowired
    AuditLog audit;

    @Autowired
    ChatReferences chatReferences;

    @Autowired
    ChecklistRepository checklists;

    @Autowired
    ChecklistTemplates checklistTemplates;

    @Autowired
    Documents documents;

    @Autowired
    OrderRepository orders;

    @Override
    protected Repositories repositories() {
        return new Repositories(
                staff,
                customers,
                catalog,
                templates,
                tickets,
                ticketNumbers,
                timeEntries,
                calls,
                audit,
                chatReferences,
                checklists,
                checklistTemplates,
                documents,
                orders);
    }
}
