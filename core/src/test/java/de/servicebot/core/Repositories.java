package de.servicebot.core;

import de.servicebot.core.article.ArticleRepository;
import de.servicebot.core.article.InMemoryArticleRepository;
import de.servicebot.core.audit.AuditLog;
import de.servicebot.core.audit.InMemoryAuditLog;
import de.servicebot.core.call.CallLogRepository;
import de.servicebot.core.call.InMemoryCallLogRepository;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.InMemoryCatalogRepository;
import de.servicebot.core.checklist.ChecklistRepository;
import de.servicebot.core.checklist.ChecklistTemplates;
import de.servicebot.core.checklist.InMemoryChecklistRepository;
import de.servicebot.core.checklist.InMemoryChecklistTemplates;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.customer.InMemoryCustomerRepository;
import de.servicebot.core.delivery.DeliveryNoteNumbers;
import de.servicebot.core.delivery.DeliveryNoteRepository;
import de.servicebot.core.delivery.InMemoryDeliveryNotes;
import de.servicebot.core.document.Documents;
import de.servicebot.core.document.InMemoryDocuments;
import de.servicebot.core.order.InMemoryOrderRepository;
import de.servicebot.core.order.OrderRepository;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.InMemoryChatReferences;
import de.servicebot.core.staff.InMemoryStaffRepository;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.stock.InMemoryStockRequests;
import de.servicebot.core.stock.StockRequestRepository;
import de.servicebot.core.template.InMemoryTextTemplateRepository;
import de.servicebot.core.template.TextTemplateRepository;
import de.servicebot.core.ticket.InMemoryTicketNumbers;
import de.servicebot.core.ticket.InMemoryTicketRepository;
import de.servicebot.core.ticket.TicketNumbers;
import de.servicebot.core.ticket.TicketRepository;
import de.servicebot.core.time.InMemoryTimeEntryRepository;
import de.servicebot.core.time.TimeEntryRepository;

/** Every storage port of core, so that a test can be run against the fakes or against the database. */
public record Repositories(
        StaffRepository staff,
        CustomerRepository customers,
        CatalogRepository catalog,
        TextTemplateRepository templates,
        TicketRepository tickets,
        TicketNumbers ticketNumbers,
        TimeEntryRepository timeEntries,
        CallLogRepository calls,
        AuditLog audit,
        ChatReferences chatReferences,
        ChecklistRepository checklists,
        ChecklistTemplates checklistTemplates,
        Documents documents,
        OrderRepository orders,
        ArticleRepository articles,
        DeliveryNoteRepository deliveryNotes,
        DeliveryNoteNumbers deliveryNoteNumbers,
        StockRequestRepository stockRequests) {

    public static Repositories inMemory() {
        InMemoryDeliveryNotes deliveryNotes = new InMemoryDeliveryNotes();
        return new Repositories(
                new InMemoryStaffRepository(),
                new InMemoryCustomerRepository(),
                new InMemoryCatalogRepository(),
                new InMemoryTextTemplateRepository(),
                new InMemoryTicketRepository(),
                new InMemoryTicketNumbers(),
                new InMemoryTimeEntryRepository(),
                new InMemoryCallLogRepository(),
                new InMemoryAuditLog(),
                new InMemoryChatReferences(),
                new InMemoryChecklistRepository(),
                new InMemoryChecklistTemplates(),
                new InMemoryDocuments(),
                new InMemoryOrderRepository(),
                new InMemoryArticleRepository(),
                deliveryNotes,
                deliveryNotes,
                new InMemoryStockRequests());
    }
}
