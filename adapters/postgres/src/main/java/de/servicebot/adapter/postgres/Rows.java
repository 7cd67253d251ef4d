package de.servicebot.adapter.postgres;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The tables as Spring Data JDBC sees them; mapping to and from core's aggregates happens in the repositories. */
final class Rows {

    private Rows() {}

    @Table("staff")
    record StaffRow(
            @Id UUID id,
            String name,
            String email,
            String language,
            String teamsUserId,
            String slackUserId,
            boolean active,
            @MappedCollection(idColumn = "staff_id") Set<StaffRoleRow> roles,
            @Version Long version) {

        StaffRow withVersion(Long version) {
            return new StaffRow(id, name, email, language, teamsUserId, slackUserId, active, roles, version);
        }
    }

    @Table("staff_role")
    record StaffRoleRow(String role) {}

    @Table("customer")
    record CustomerRow(
            @Id UUID id,
            String number,
            String name,

            @MappedCollection(idColumn = "customer_id", keyColumn = "position")
            List<ContactRow> contacts,

            UUID salesId,
            String address,
            @Version Long version) {

        CustomerRow withVersion(Long version) {
            return new CustomerRow(id, number, name, contacts, salesId, address, version);
        }
    }

    @Table("contact")
    record ContactRow(@Column("id") UUID contactId, String name, String email, String phone, String language) {}

    @Table("ticket_type")
    record TicketTypeRow(@Id UUID id, String name, boolean active, boolean baseInstallation) {}

    @Table("category")
    record CategoryRow(@Id UUID id, String name, boolean active) {}

    @Table("text_template")
    record TextTemplateRow(@Id UUID id, String kind, String name, String body) {}

    @Table("ticket")
    record TicketRow(
            @Id UUID id,
            int numberYear,
            int numberSequence,
            UUID customerId,
            UUID contactId,
            UUID typeId,
            UUID categoryId,
            String subject,
            String description,
            String status,
            UUID assigneeId,
            LocalDateTime appointment,
            String appointmentVisit,
            Instant receiptSentAt,
            String internalNote,
            String resolution,
            UUID createdBy,
            Instant createdAt,
            @Version Long version) {

        TicketRow withVersion(Long version) {
            return new TicketRow(
                    id,
                    numberYear,
                    numberSequence,
                    customerId,
                    contactId,
                    typeId,
                    categoryId,
                    subject,
                    description,
                    status,
                    assigneeId,
                    appointment,
                    appointmentVisit,
                    receiptSentAt,
                    internalNote,
                    resolution,
                    createdBy,
                    createdAt,
                    version);
        }
    }

    @Table("time_entry")
    record TimeEntryRow(
            @Id UUID id,
            UUID ticketId,
            UUID workedBy,
            LocalDate workDate,
            int minutes,
            String activity,
            String text,
            boolean billable,
            boolean onSite,
            UUID recordedBy,
            Instant recordedAt,
            @Version Long version) {

        TimeEntryRow withVersion(Long version) {
            return new TimeEntryRow(
                    id,
                    ticketId,
                    workedBy,
                    workDate,
                    minutes,
                    activity,
                    text,
                    billable,
                    onSite,
                    recordedBy,
                    recordedAt,
                    version);
        }
    }

    @Table("audit_log")
    record AuditRow(@Id Long id, Instant at, UUID staffId, String action, String subjectId, String details) {}

    @Table("call_log")
    record CallLogRow(
            @Id UUID id,
            UUID ticketId,
            String callerName,
            String callerPhone,
            String summary,
            boolean callbackWanted,
            UUID loggedBy,
            Instant loggedAt) {}
}
