package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.AuditRow;
import de.servicebot.adapter.postgres.Rows.CallLogRow;
import de.servicebot.adapter.postgres.Rows.CategoryRow;
import de.servicebot.adapter.postgres.Rows.CustomerRow;
import de.servicebot.adapter.postgres.Rows.StaffRow;
import de.servicebot.adapter.postgres.Rows.TextTemplateRow;
import de.servicebot.adapter.postgres.Rows.TicketRow;
import de.servicebot.adapter.postgres.Rows.TicketTypeRow;
import de.servicebot.adapter.postgres.Rows.TimeEntryRow;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The Spring Data JDBC repositories behind the adapters; only this package sees them. */
final class SpringDataRepositories {

    private SpringDataRepositories() {}

    interface StaffRows extends ListCrudRepository<StaffRow, UUID> {

        Optional<StaffRow> findByEmail(String email);

        Optional<StaffRow> findByTeamsUserId(String teamsUserId);

        Optional<StaffRow> findBySlackUserId(String slackUserId);

        @Query("""
                select s.* from staff s
                where s.active and exists (select 1 from staff_role r where r.staff_id = s.id and r.role = :role)
                order by s.name, s.id""")
        List<StaffRow> findActiveByRole(String role);
    }

    interface CustomerRows extends ListCrudRepository<CustomerRow, UUID> {

        @Query("select * from customer where lower(number) = lower(:number)")
        Optional<CustomerRow> findByNumber(String number);

        @Query("select c.* from customer c join contact k on k.customer_id = c.id where k.id = :contactId")
        Optional<CustomerRow> findByContact(UUID contactId);
    }

    interface TicketTypeRows extends ListCrudRepository<TicketTypeRow, UUID> {

        @Query("select * from ticket_type where active order by name")
        List<TicketTypeRow> findActive();
    }

    interface CategoryRows extends ListCrudRepository<CategoryRow, UUID> {

        @Query("select * from category where active order by name")
        List<CategoryRow> findActive();
    }

    interface TextTemplateRows extends ListCrudRepository<TextTemplateRow, UUID> {

        @Query("select * from text_template where kind = :kind and lower(name) = lower(:name)")
        Optional<TextTemplateRow> findByName(String kind, String name);

        @Query("select * from text_template where kind = :kind order by name")
        List<TextTemplateRow> findByKind(String kind);
    }

    interface TicketRows extends ListCrudRepository<TicketRow, UUID> {

        Optional<TicketRow> findByNumberYearAndNumberSequence(int numberYear, int numberSequence);

        @Query("""
                select * from ticket
                where assignee_id = :assignee and status in ('NEW', 'FORWARDED', 'IN_PROGRESS')
                order by number_year desc, number_sequence desc limit :limit""")
        List<TicketRow> findOpenByAssignee(UUID assignee, int limit);

        @Query("""
                select * from ticket where customer_id = :customer
                order by number_year desc, number_sequence desc limit :limit""")
        List<TicketRow> findByCustomer(UUID customer, int limit);
    }

    interface TimeEntryRows extends ListCrudRepository<TimeEntryRow, UUID> {

        @Query("select * from time_entry where ticket_id = :ticketId order by work_date, recorded_at, id")
        List<TimeEntryRow> findByTicket(UUID ticketId);
    }

    interface AuditRows extends ListCrudRepository<AuditRow, Long> {

        @Query("select * from audit_log where subject_id = :subjectId order by at, id")
        List<AuditRow> findBySubject(String subjectId);

        @Query(
                "select * from audit_log where subject_id = :subjectId order by at desc, id desc limit :limit offset :offset")
        List<AuditRow> findLatestBySubject(String subjectId, int offset, int limit);
    }

    interface CallLogRows extends ListCrudRepository<CallLogRow, UUID> {

        @Query("select * from call_log where ticket_id = :ticketId order by logged_at, id")
        List<CallLogRow> findByTicket(UUID ticketId);
    }
}
