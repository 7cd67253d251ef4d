package de.servicebot.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.Repositories;
import de.servicebot.core.RepositoryContract;
import de.servicebot.core.article.ArticleRepository;
import de.servicebot.core.article.ArticleRepositoryContract;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.audit.AuditLogContract;
import de.servicebot.core.call.CallLogRepository;
import de.servicebot.core.call.CallLogRepositoryContract;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.CatalogRepositoryContract;
import de.servicebot.core.checklist.Checklist;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.checklist.ChecklistRepository;
import de.servicebot.core.checklist.ChecklistRepositoryContract;
import de.servicebot.core.checklist.ChecklistTemplates;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.customer.CustomerRepositoryContract;
import de.servicebot.core.delivery.DeliveryNoteNumbers;
import de.servicebot.core.delivery.DeliveryNoteRepository;
import de.servicebot.core.delivery.DeliveryNoteRepositoryContract;
import de.servicebot.core.document.Documents;
import de.servicebot.core.document.DocumentsContract;
import de.servicebot.core.order.NewOrder;
import de.servicebot.core.order.Order;
import de.servicebot.core.order.OrderPosition;
import de.servicebot.core.order.OrderRepository;
import de.servicebot.core.order.OrderRepositoryContract;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.staff.StaffRepositoryContract;
import de.servicebot.core.stock.StockRequestRepository;
import de.servicebot.core.stock.StockRequestRepositoryContract;
import de.servicebot.core.template.TextTemplateRepository;
import de.servicebot.core.template.TextTemplateRepositoryContract;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketNumbers;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.ticket.TicketRepositoryContract;
import de.servicebot.core.time.TimeEntryRepository;
import de.servicebot.core.time.TimeEntryRepositoryContract;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The PostgreSQL adapter keeps exactly the contract the in-memory fakes keep: every port's, one nested class each. */
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

    @Autowired
    ArticleRepository articles;

    @Autowired
    DeliveryNoteRepository deliveryNotes;

    @Autowired
    DeliveryNoteNumbers deliveryNoteNumbers;

    @Autowired
    StockRequestRepository stockRequests;

    @Autowired
    JdbcClient jdbc;

    /**
     * One version convention for every table: a freshly stored aggregate's row holds version 0, and each save moves
     * it on by one, whether Spring Data or hand-written SQL stores it.
     */
    @Test
    void storesEveryAggregateFirstAsVersionZeroAndCountsUpByOne() {
        Customer customer = storedCustomer();
        Ticket ticket = repos.tickets().save(aTicket(customer));
        Checklist checklist = repos.checklists()
                .save(Checklist.start(ticket.id(), "Liste", List.of(ChecklistItem.required("Punkt"))));
        Order order = repos.orders()
                .save(Order.receive(
                        new NewOrder(
                                "AB-" + unique(),
                                customer.number(),
                                List.of(new OrderPosition("Server", BigDecimal.ONE, "Stück")),
                                ""),
                        customer.id(),
                        NOW));

        Map<String, UUID> rows = Map.of(
                "customer", customer.id().value(),
                "ticket", ticket.id().value(),
                "checklist", checklist.id().value(),
                "customer_order", order.id().value());
        rows.forEach((table, id) -> assertThat(rowVersion(table, id)).as(table).isZero());

        repos.checklists().save(checklist);
        order.ticketsCreated(List.of(ticket.id()), ticket.id());
        repos.orders().save(order);
        assertThat(rowVersion("checklist", checklist.id().value())).isEqualTo(1);
        assertThat(rowVersion("customer_order", order.id().value())).isEqualTo(1);
        assertThat(repos.orders().findById(order.id()).orElseThrow().version()).isEqualTo(2);
    }

    private long rowVersion(String table, UUID id) {
        return jdbc.sql("select version from " + table + " where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

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
                orders,
                articles,
                deliveryNotes,
                deliveryNoteNumbers,
                stockRequests);
    }

    @Nested
    class StaffPort extends StaffRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class CustomersPort extends CustomerRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class CatalogPort extends CatalogRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class TextTemplatesPort extends TextTemplateRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class TicketsPort extends TicketRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class TimeEntriesPort extends TimeEntryRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class CallsPort extends CallLogRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class AuditPort extends AuditLogContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class ChecklistsPort extends ChecklistRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class DocumentsPort extends DocumentsContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class OrdersPort extends OrderRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class ArticlesPort extends ArticleRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class DeliveryNotesPort extends DeliveryNoteRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }

    @Nested
    class StockRequestsPort extends StockRequestRepositoryContract {
        @Override
        protected Repositories repositories() {
            return JdbcRepositoriesIT.this.repositories();
        }
    }
}
