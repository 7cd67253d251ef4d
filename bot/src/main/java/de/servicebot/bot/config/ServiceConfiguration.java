package de.servicebot.bot.config;

import de.servicebot.bot.cards.CardRenderer;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.call.CallLogRepository;
import de.servicebot.core.call.CallService;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.checklist.ChecklistRepository;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.checklist.ChecklistTemplates;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.document.Documents;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.order.OrderRepository;
import de.servicebot.core.order.OrderService;
import de.servicebot.core.shared.HandledRequests;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.template.TextTemplateRepository;
import de.servicebot.core.ticket.TicketNumbers;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.ticket.TicketService;
import de.servicebot.core.time.TimeEntryRepository;
import de.servicebot.core.time.TimeService;
import de.servicebot.core.time.WorkDuration;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Core's services on the adapters' ports, and the conversation every channel talks to. */
@Configuration(proxyBeanMethods = false)
public class ServiceConfiguration {

    @Bean
    TicketService ticketService(
            TicketRepository tickets,
            CustomerRepository customers,
            CatalogRepository catalog,
            StaffRepository staff,
            Clock clock) {
        return new TicketService(tickets, customers, catalog, staff, clock);
    }

    @Bean
    CreationService creationService(
            TicketRepository tickets,
            TicketNumbers numbers,
            CustomerRepository customers,
            CatalogRepository catalog,
            TextTemplateRepository templates,
            StaffRepository staff,
            TimeEntryRepository timeEntries,
            ChecklistService checklists,
            Notifier notifier,
            AuditLog audit,
            Transactions transactions,
            Clock clock,
            ServicebotProperties properties) {
        return new CreationService(
                tickets,
                numbers,
                customers,
                catalog,
                templates,
                staff,
                timeEntries,
                checklists,
                notifier,
                audit,
                transactions,
                clock,
                WorkDuration.ofMinutes((int) properties.tickets().creationTime().toMinutes()));
    }

    @Bean
    ChecklistService checklistService(
            ChecklistRepository checklists,
            ChecklistTemplates templates,
            TicketRepository tickets,
            CatalogRepository catalog,
            AuditLog audit,
            Transactions transactions,
            Clock clock) {
        return new ChecklistService(checklists, templates, tickets, catalog, audit, transactions, clock);
    }

    @Bean
    OrderService orderService(
            OrderRepository orders,
            CustomerRepository customers,
            CatalogRepository catalog,
            StaffRepository staff,
            TicketRepository tickets,
            TicketNumbers numbers,
            ChecklistService checklists,
            Documents documents,
            Notifier notifier,
            AuditLog audit,
            Transactions transactions,
            Clock clock,
            ServicebotProperties properties) {
        return new OrderService(
                orders,
                customers,
                catalog,
                staff,
                tickets,
                numbers,
                checklists,
                documents,
                notifier,
                audit,
                transactions,
                clock,
                properties.orders().maxDocumentSize().toBytes());
    }

    @Bean
    TimeService timeService(
            TimeEntryRepository entries,
            TicketRepository tickets,
            TextTemplateRepository templates,
            CustomerRepository customers,
            StaffRepository staff,
            AuditLog audit,
            Transactions transactions,
            Clock clock) {
        return new TimeService(entries, tickets, templates, customers, staff, audit, transactions, clock);
    }

    @Bean
    CallService callService(
            CallLogRepository calls,
            TicketRepository tickets,
            StaffRepository staff,
            Notifier notifier,
            Transactions transactions,
            Clock clock) {
        return new CallService(calls, tickets, staff, notifier, transactions, clock);
    }

    @Bean
    CustomerService customerService(CustomerRepository customers) {
        return new CustomerService(customers);
    }

    @Bean
    CatalogService catalogService(CatalogRepository catalog, TextTemplateRepository templates) {
        return new CatalogService(catalog, templates);
    }

    @Bean
    StaffService staffService(StaffRepository staff) {
        return new StaffService(staff);
    }

    @Bean
    CardRenderer cardRenderer() {
        return new CardRenderer();
    }

    @Bean
    Conversation conversation(
            Messages messages,
            TicketService tickets,
            CreationService creation,
            TimeService time,
            CallService calls,
            CustomerService customers,
            CatalogService catalog,
            StaffService staff,
            ChecklistService checklists,
            OrderService orders,
            Transactions transactions,
            HandledRequests handled,
            Clock clock) {
        return new Conversation(
                messages,
                tickets,
                creation,
                time,
                calls,
                customers,
                catalog,
                staff,
                checklists,
                orders,
                transactions,
                handled,
                clock);
    }
}
