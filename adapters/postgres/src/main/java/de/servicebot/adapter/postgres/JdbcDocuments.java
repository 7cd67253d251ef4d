package de.servicebot.adapter.postgres;

import de.servicebot.core.document.Document;
import de.servicebot.core.document.DocumentId;
import de.servicebot.core.document.DocumentInfo;
import de.servicebot.core.document.Documents;
import de.servicebot.core.ticket.TicketId;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

class JdbcDocuments implements Documents {

    private final NamedParameterJdbcOperations jdbc;

    JdbcDocuments(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Document store(Document document) {
        jdbc.update(
                """
                insert into document (id, file_name, content_type, size, content, stored_at)
                values (:id, :name, :type, :size, :content, :at)""",
                Map.of(
                        "id", document.id().value(),
                        "name", document.fileName(),
                        "type", document.contentType(),
                        "size", document.size(),
                        "content", document.content(),
                        "at", Timestamp.from(document.storedAt())));
        return document;
    }

    @Override
    public Optional<Document> find(DocumentId id) {
        return jdbc
                .query(
                        "select id, file_name, content_type, content, stored_at from document where id = :id",
                        Map.of("id", id.value()),
                        (rs, n) -> Document.restore(
                                new DocumentId(rs.getObject("id", UUID.class)),
                                rs.getString("file_name"),
                                rs.getString("content_type"),
                                rs.getBytes("content"),
                                rs.getTimestamp("stored_at").toInstant()))
                .stream()
                .findFirst();
    }

    @Override
    public void attach(TicketId ticketId, DocumentId documentId) {
        jdbc.update("""
                insert into ticket_document (ticket_id, document_id) values (:ticket, :document)
                on conflict do nothing""", Map.of("ticket", ticketId.value(), "document", documentId.value()));
    }

    @Override
    public List<DocumentInfo> ofTicket(TicketId ticketId) {
        return jdbc.query(
                """
                select d.id, d.file_name, d.content_type, d.size, d.stored_at
                from ticket_document t join document d on d.id = t.document_id
                where t.ticket_id = :ticket order by t.attached_at, d.file_name""",
                Map.of("ticket", ticketId.value()),
                (rs, n) -> new DocumentInfo(
                        new DocumentId(rs.getObject("id", UUID.class)),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("size"),
                        rs.getTimestamp("stored_at").toInstant()));
    }
}
