package de.servicebot.bot.config;

import de.servicebot.bot.cards.CardRenderer;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketSection;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.appointment.AppointmentService;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.call.CallLogRepository;
import de.servicebot.core.call.CallService;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.checklist.ChecklistRepository;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.checklist.ChecklistTemplates;
import de.servicebot.core.checklist.RequiredPointsDone;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.document.Documents;
import de.servicebot.core.notification.Notifier;
import de.servicebot.core.order.OrderRepository;
import de.servicebot.core.order.OrderService;
import de.servicebot.core.shared.DomainEventBus;
import de.servicebot.core.shared.DomainEvents;
import de.servicebot.core.shared.HandledRequests;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.template.TextTemplateRepository;
import de.servicebot.core.ticket.AppointmentNotInPast;
import de.servicebot.core.ticket.ForwardPolicy;
import de.servicebot.core.ticket.ResolvePolicy;
import de.servicebot.core.ticket.TicketNumbers;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.ticket.TicketService;
import de.servicebot.core.time.TimeEntryRepository;
import de.servicebot.core.time.TimePolicy;
import de.servicebot.core.time.TimeService;
import de.servicebot.core.time.WorkDuration;
import java.time.Clock;
import java.util.List;
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
            AuditLog audit,
            Transactions transactions,
            Notifier notifier,
            DomainEvents events,
            List<ResolvePolicy> resolvePolicies,
            Clock clock) {
        return new TicketService(
                tickets, customers, catalog, staff, audit, transactions, notifier, events, resolvePolicies, clock);
    }

    @Bean
    AppointmentService appointmentService(
            TicketRepository tickets,
            CustomerRepository customers,
            StaffRepository staff,
            AuditLog audit,
            Transactions transactions,
            Notifier notifier,
            DomainEvents events,
            Clock clock) {
        return new AppointmentService(tickets, customers, staff, audit, transactions, notifier, events, clock);
    }

    /** Synchronous domain events: listeners run in the transaction of the change that caused them. */
    @Bean
    DomainEventBus domainEvents() {
        return new DomainEventBus();
    }

    /** "Tick an item only when it is really done": a ticket is resolved only with every required point done. */
    @Bean
    ResolvePolicy requiredPointsDone(ChecklistRepository checklists) {
        return new RequiredPointsDone(checklists);
    }

    @Bean
    ForwardPolicy appointmentNotInPast(Clock clock) {
        return new AppointmentNotInPast(clock);
    }

    @Bean
    CreationService creationService(
            TicketRepository tickets,
            TicketNumbers numbers,
            CustomerRepository customers,
            CatalogRepository catalog,
            TextTemplateRepository templates,
            StaffRepository staff,
            TimeService time,
            ChecklistService checklists,
            Notifier notifier,
            AuditLog audit,
            Transactions transactions,
            DomainEvents events,
            List<ForwardPolicy> forwardPolicies,
            Clock clock,
            ServicebotProperties properties) {
        return new CreationService(
                tickets,
                numbers,
                customers,
                catalog,
                templates,
                staff,
                time,
                checklists,
                notifier,
                audit,
                transactions,
                events,
                forwardPolicies,
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
            CreationService creation,
            Documents documents,
            Transactions transactions,
            Clock clock,
            ServicebotProperties properties) {
        return new OrderService(
                orders,
                customers,
                catalog,
                staff,
                creation,
                documents,
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
            Clock clock,
            List<TimePolicy> policies) {
        return new TimeService(entries, tickets, templates, customers, staff, audit, transactions, clock, policies);
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

    /** The ticket card and lists, with the buttons and sections the features put on the card, in their order. */
    @Bean
    TicketViews ticketViews(
            TicketService tickets, Clock clock, List<TicketButton> buttons, List<TicketSection> sections) {
        return new TicketViews(tickets, clock, buttons, sections);
    }

    /** The conversation of every registered feature, in their order. */
    @Bean
    Conversation conversation(
            Messages messages,
            Transactions transactions,
            HandledRequests handled,
            CustomerService customers,
            List<Feature> features) {
        return new Conversation(messages, transactions, handled, customers, features);
    }
}
