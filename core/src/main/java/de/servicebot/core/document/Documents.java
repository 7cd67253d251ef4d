package de.servicebot.core.document;

import de.servicebot.core.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/** Stores documents and which tickets they are kept with. */
public interface Documents {

    Document store(Document document);

    Optional<Document> find(DocumentId id);

    /** Keeps the document with the ticket (once; attaching it again changes nothing). */
    void attach(TicketId ticketId, DocumentId documentId);

    /** The documents kept with the ticket, oldest first. */
    List<DocumentInfo> ofTicket(TicketId ticketId);
}
