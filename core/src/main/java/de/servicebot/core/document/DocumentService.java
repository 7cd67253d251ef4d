package de.servicebot.core.document;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.TicketId;
import java.util.List;

/**
 * The documents kept with a ticket (the order PDF, …), for staff who may see the ticket: listed on its card and opened
 * from there. A document is only ever handed out as a document of the ticket it is kept with: a request naming
 * another ticket is refused as if the document did not exist.
 */
public final class DocumentService {

    private final Documents documents;

    public DocumentService(Documents documents) {
        this.documents = documents;
    }

    /** The ticket's documents, oldest first, without their content. */
    public List<DocumentInfo> ofTicket(TicketId ticketId, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return documents.ofTicket(ticketId);
    }

    /**
     * The document, with its content, as a document of that ticket; {@code document.not-found} when it is not kept
     * with it (or does not exist), {@code staff.not-permitted} for someone who may not see tickets (an inactive
     * person may see nothing).
     */
    public Document open(TicketId ticketId, DocumentId documentId, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        DomainException.require(
                documents.ofTicket(ticketId).stream().anyMatch(kept -> kept.id().equals(documentId)),
                "document.not-found");
        return documents.find(documentId).orElseThrow(() -> new DomainException("document.not-found"));
    }
}
