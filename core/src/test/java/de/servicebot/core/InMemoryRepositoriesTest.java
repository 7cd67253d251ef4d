package de.servicebot.core;

import de.servicebot.core.article.ArticleRepositoryContract;
import de.servicebot.core.audit.AuditLogContract;
import de.servicebot.core.call.CallLogRepositoryContract;
import de.servicebot.core.catalog.CatalogRepositoryContract;
import de.servicebot.core.checklist.ChecklistRepositoryContract;
import de.servicebot.core.customer.CustomerRepositoryContract;
import de.servicebot.core.delivery.DeliveryNoteRepositoryContract;
import de.servicebot.core.document.DocumentsContract;
import de.servicebot.core.order.OrderRepositoryContract;
import de.servicebot.core.staff.StaffRepositoryContract;
import de.servicebot.core.stock.StockRequestRepositoryContract;
import de.servicebot.core.template.TextTemplateRepositoryContract;
import de.servicebot.core.ticket.TicketRepositoryContract;
import de.servicebot.core.time.TimeEntryRepositoryContract;
import org.junit.jupiter.api.Nested;

/**
 * The in-memory fakes keep the same contract as the database, so tests against them can be trusted: every port's
 * contract, one nested class each.
 */
class InMemoryRepositoriesTest {

    @Nested
    class StaffPort extends StaffRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class CustomersPort extends CustomerRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class CatalogPort extends CatalogRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class TextTemplatesPort extends TextTemplateRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class TicketsPort extends TicketRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class TimeEntriesPort extends TimeEntryRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class CallsPort extends CallLogRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class AuditPort extends AuditLogContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class ChecklistsPort extends ChecklistRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class DocumentsPort extends DocumentsContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class OrdersPort extends OrderRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class ArticlesPort extends ArticleRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class DeliveryNotesPort extends DeliveryNoteRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }

    @Nested
    class StockRequestsPort extends StockRequestRepositoryContract {
        @Override
        protected Repositories repositories() {
            return Repositories.inMemory();
        }
    }
}
