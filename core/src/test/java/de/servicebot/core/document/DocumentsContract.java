package de.servicebot.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.ticket.Ticket;
import org.junit.jupiter.api.Test;

/** The documents kept with a ticket. */
public abstract class DocumentsContract extends RepositoryContract {

    @Test
    void keepsDocumentsWithTheirTicketOnce() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        byte[] pdf = "%PDF-1.7 Auftrag".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Document stored = repos.documents().store(Document.pdf("Auftrag.pdf", pdf, 1024, "x", NOW));

        repos.documents().attach(ticket.id(), stored.id());
        repos.documents().attach(ticket.id(), stored.id());

        assertThat(repos.documents().find(stored.id()).orElseThrow().content()).isEqualTo(pdf);
        assertThat(repos.documents().ofTicket(ticket.id())).singleElement().satisfies(info -> {
            assertThat(info.fileName()).isEqualTo("Auftrag.pdf");
            assertThat(info.size()).isEqualTo(pdf.length);
            assertThat(info.contentType()).isEqualTo(Document.PDF);
        });
    }
}
