package de.servicebot.bot.feature.document;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.document.Document;
import de.servicebot.core.document.Documents;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The order PDF on a ticket card, opened over HTTP with the link the card carries: served to the person it was made
 * for while they are on staff; a changed link, a link for a document of another ticket and a link of someone who left
 * get a page saying so, never the document.
 */
class DocumentLinkIT extends CompanyIntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Conversation conversation;

    @Autowired
    Documents documents;

    private StaffMember tim;
    private Ticket ticket;
    private Document order;

    @BeforeEach
    void aTicketWithTheOrderPdf() {
        StaffMember vera = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        tim = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        Customer customer = Customer.create("K-" + UUID.randomUUID().toString().substring(0, 8), "Dokument GmbH");
        Contact anna = customer.addContact(Contact.create("Anna Berger", null, "", Language.DE));
        customers.save(customer);
        ticket = openTicket(customer, anna, "Server", vera);
        order = documents.store(Document.pdf("Auftrag AB-2026-0815.pdf", PDF, 1024, "Auftrag.pdf", Instant.now()));
        documents.attach(ticket.id(), order.id());
    }

    private String linkOnTheCard(StaffMember me) {
        TicketView card = (TicketView) conversation
                .submit(
                        me,
                        Actions.SHOW_TICKET,
                        Map.of(Actions.TICKET_ID, ticket.id().toString()))
                .views()
                .get(0);
        TicketView.Section section = card.sections().stream()
                .filter(s -> s.title().equals("Dokumente (1)"))
                .findFirst()
                .orElseThrow();
        assertThat(section.lines()).singleElement().asString().startsWith("Auftrag AB-2026-0815.pdf · ");
        return section.links().get(0).url();
    }

    private HttpResponse<byte[]> get(String link) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + link))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theLinkOnTheCardServesThePdfInlineAndUncached() throws Exception {
        HttpResponse<byte[]> pdf = get(linkOnTheCard(tim));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).isEqualTo(PDF);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline;")
                .contains("Auftrag AB-2026-0815.pdf");
        assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void aChangedLinkOrAnUnknownOneGetsAPageNotTheDocument() throws Exception {
        String link = linkOnTheCard(tim);
        String changed = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA");

        for (String wrong :
                new String[] {changed, "/documents/x", "/documents/..%2f..%2fetc%2fpasswd", "/documents/"}) {
            HttpResponse<byte[]> answer = get(wrong);
            assertThat(answer.statusCode()).as(wrong).isIn(404, 400);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                    .as(wrong)
                    .doesNotContain("%PDF", "Exception");
        }
        assertThat(new String(get(changed).body(), StandardCharsets.UTF_8)).contains("Diesen Link kenne ich nicht");
    }

    @Test
    void theDocumentOfAnotherTicketIsNotServedUnderThisTicketsLink() throws Exception {
        String link = linkOnTheCard(tim);
        jdbc.sql("delete from ticket_document where ticket_id = ?::uuid")
                .param(ticket.id().value())
                .update();

        HttpResponse<byte[]> answer = get(link);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("gehört nicht (mehr) zu dem Ticket");
    }

    @Test
    void someoneWhoLeftTheCompanyCannotUseTheirLinkAnyMore() throws Exception {
        String link = linkOnTheCard(tim);
        StaffMember left = staff.findById(tim.id()).orElseThrow();
        left.deactivate();
        staff.save(left);

        HttpResponse<byte[]> answer = get(link);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("nur für Mitarbeiterinnen");
    }
}
