package de.servicebot.core.document;

import de.servicebot.core.ticket.TicketId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryDocuments implements Documents {

    private final Map<DocumentId, Document> stored = new ConcurrentHashMap<>();
    private final Map<TicketId, List<DocumentId>> attached = new ConcurrentHashMap<>();

    @Override
    public Document store(Document document) {
        stored.put(document.id(), document);
        return document;
    }

    @Override
    public Optional<Document> find(DocumentId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public void attach(TicketId ticketId, DocumentId documentId) {
        if (!stored.containsKey(documentId)) {
            throw new IllegalArgumentException("No such document: " + documentId);
        }
        List<DocumentId> ids = attached.computeIfAbsent(ticketId, t -> new CopyOnWriteArrayList<>());
        if (!ids.contains(documentId)) {
            ids.add(documentId);
        }
    }

    @Override
    public List<DocumentInfo> ofTicket(TicketId ticketId) {
        return attached.getOrDefault(ticketId, List.of()).stream()
                .map(stored::get)
                .map(d -> new DocumentInfo(d.id(), d.fileName(), d.contentType(), d.size(), d.storedAt()))
                .toList();
    }
}
