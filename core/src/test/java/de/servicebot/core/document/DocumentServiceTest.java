package de.servicebot.core.document;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.World;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentServiceTest {

    private final World world = new World();
    private final DocumentService documents = new DocumentService(world.repos.documents());
    private final Ticket ticket = world.forwardedTicket();
    private final Document order = world.repos
            .documents()
            .store(Document.pdf(
                    "Auftrag AB-2026-0815.pdf",
                    "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                    1024,
                    "Auftrag.pdf",
                    World.NOW));

    DocumentServiceTest() {
        world.repos.documents().attach(ticket.id(), order.id());
    }

    @Test
    void everyoneOnStaffSeesAndOpensTheDocumentsOfATicket() {
        assertThat(documents.ofTicket(ticket.id(), world.backOffice))
                .extracting(DocumentInfo::fileName)
                .containsExactly("Auftrag AB-2026-0815.pdf");
        assertThat(documents.open(ticket.id(), order.id(), world.technician).content())
                .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aDocumentIsOnlyHandedOutAsADocumentOfTheTicketItIsKeptWith() {
        Ticket other = world.openedTicket();

        assertRefused(() -> documents.open(other.id(), order.id(), world.sales), "document.not-found");
        assertRefused(() -> documents.open(ticket.id(), DocumentId.newId(), world.sales), "document.not-found");
    }

    @Test
    void someoneWhoLeftTheCompanyOpensNothing() {
        StaffMember left = StaffFixtures.aStaffMember("Ex Kollege", Role.TECHNICIAN);
        left.deactivate();

        assertRefused(() -> documents.open(ticket.id(), order.id(), left), "staff.not-permitted");
    }
}
