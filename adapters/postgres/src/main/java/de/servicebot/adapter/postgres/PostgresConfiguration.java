package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.SpringDataRepositories.AuditRows;
import de.servicebot.adapter.postgres.SpringDataRepositories.CallLogRows;
import de.servicebot.adapter.postgres.SpringDataRepositories.CategoryRows;
import de.servicebot.adapter.postgres.SpringDataRepositories.CustomerRows;
import de.servicebot.adapter.postgres.SpringDataRepositories.StaffRows;
import de.servicebot.adapter.postgres.SpringDataRepositories.TextTemplateRows;
import de.servicebot.adapter.postgres.SpringDataRepositories.TicketRows;
import de.servicebot.adapter.postgres.SpringDataRepositories.TicketTypeRows;
import de.servicebot.adapter.postgres.SpringDataRepositories.TimeEntryRows;
import de.servicebot.core.article.ArticleRepository;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.call.CallLogRepository;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.checklist.ChecklistRepository;
import de.servicebot.core.checklist.ChecklistTemplates;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.delivery.DeliveryNoteNumbers;
import de.servicebot.core.delivery.DeliveryNoteRepository;
import de.servicebot.core.document.Documents;
import de.servicebot.core.order.OrderRepository;
import de.servicebot.core.shared.HandledRequests;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.stock.StockRequestRepository;
import de.servicebot.core.template.TextTemplateRepository;
import de.servicebot.core.ticket.TicketNumbers;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.time.TimeEntryRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/** Builds core's storage ports on PostgreSQL. The schema comes from the Flyway scripts in {@code db/migration}. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(considerNestedRepositories = true, basePackageClasses = PostgresConfiguration.class)
public class PostgresConfiguration {

    @Bean
    StaffRepository staffRepository(StaffRows rows, NamedParameterJdbcOperations jdbc) {
        return new JdbcStaffRepository(rows, jdbc);
    }

    @Bean
    CustomerRepository customerRepository(CustomerRows rows, NamedParameterJdbcOperations jdbc) {
        return new JdbcCustomerRepository(rows, jdbc);
    }

    @Bean
    CatalogRepository catalogRepository(
            TicketTypeRows types, CategoryRows categories, JdbcAggregateOperations aggregates) {
        return new JdbcCatalogRepository(types, categories, aggregates);
    }

    @Bean
    TextTemplateRepository textTemplateRepository(TextTemplateRows rows, JdbcAggregateOperations aggregates) {
        return new JdbcTextTemplateRepository(rows, aggregates);
    }

    @Bean
    TicketRepository ticketRepository(TicketRows rows) {
        return new JdbcTicketRepository(rows);
    }

    @Bean
    TicketNumbers ticketNumbers(NamedParameterJdbcOperations jdbc) {
        return new JdbcTicketNumbers(jdbc);
    }

    @Bean
    TimeEntryRepository timeEntryRepository(TimeEntryRows rows) {
        return new JdbcTimeEntryRepository(rows);
    }

    @Bean
    ChatReferences chatReferences(NamedParameterJdbcOperations jdbc) {
        return new JdbcChatReferences(jdbc);
    }

    @Bean
    HandledRequests handledRequests(NamedParameterJdbcOperations jdbc) {
        return new JdbcHandledRequests(jdbc);
    }

    @Bean
    ChecklistRepository checklistRepository(NamedParameterJdbcOperations jdbc) {
        return new JdbcChecklistRepository(jdbc);
    }

    @Bean
    ChecklistTemplates checklistTemplates(NamedParameterJdbcOperations jdbc) {
        return new JdbcChecklistTemplates(jdbc);
    }

    @Bean
    ArticleRepository articleRepository(NamedParameterJdbcOperations jdbc) {
        return new JdbcArticleRepository(jdbc);
    }

    @Bean
    DeliveryNoteRepository deliveryNoteRepository(NamedParameterJdbcOperations jdbc) {
        return new JdbcDeliveryNoteRepository(jdbc);
    }

    @Bean
    DeliveryNoteNumbers deliveryNoteNumbers(NamedParameterJdbcOperations jdbc) {
        return new JdbcDeliveryNoteNumbers(jdbc);
    }

    @Bean
    StockRequestRepository stockRequestRepository(NamedParameterJdbcOperations jdbc) {
        return new JdbcStockRequestRepository(jdbc);
    }

    @Bean
    Documents documents(NamedParameterJdbcOperations jdbc) {
        return new JdbcDocuments(jdbc);
    }

    @Bean
    OrderRepository orderRepository(NamedParameterJdbcOperations jdbc) {
        return new JdbcOrderRepository(jdbc);
    }

    @Bean
    AuditLog auditLog(AuditRows rows) {
        return new JdbcAuditLog(rows);
    }

    @Bean
    CallLogRepository callLogRepository(CallLogRows rows, JdbcAggregateOperations aggregates) {
        return new JdbcCallLogRepository(rows, aggregates);
    }
}
