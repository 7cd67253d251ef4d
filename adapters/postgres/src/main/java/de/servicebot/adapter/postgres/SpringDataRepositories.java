package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.AuditRow;
import de.servicebot.adapter.postgres.Rows.CallLogRow;
import de.servicebot.adapter.postgres.Rows.CategoryRow;
import de.servicebot.adapter.postgres.Rows.ContactMatchRow;
import de.servicebot.adapter.postgres.Rows.CustomerRow;
import de.servicebot.adapter.postgres.Rows.CustomerSummaryRow;
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

        /** Names in [from, to): the text_pattern_ops index serves this range under generic plans too. */
        @Query("""
                select id, number, name from customer
                where lower(name) ~>=~ :from and lower(name) ~<~ :to
                order by lower(name), number limit :limit""")
        List<CustomerSummaryRow> findSummariesByNameRange(String from, String to, int limit);

        /**
         * Customers whose search key contains what was typed ({@code folded}: as core folds it, LIKE's wildcards
         * escaped; the trigram index serves the pattern), best first: the number, a name starting with it, a word
         * starting with it, anywhere.
         */
        @Query("""
                select id, number, name from customer
                where search_key like '%' || :folded || '%'
                order by case
                        when lower(number) = lower(:typed) then 0
                        when search_key like :folded || '%' then 1
                        when search_key like '% ' || :folded || '%' or search_key like '%-' || :folded || '%' then 2
                        else 3 end,
                    lower(name), number
                limit :limit""")
        List<CustomerSummaryRow> findSummariesMatching(String typed, String folded, int limit);

        /** Contacts first (index range, limited), then their customers: never a join over all customers. */
        @Query("""
                select k.id, k.name, k.email, k.phone, k.language, c.id as customer_id, c.name as customer_name
                from (select * from contact
                      where lower(name) ~>=~ :from and lower(name) ~<~ :to
                      order by lower(name), id limit :limit) k
                join customer c on c.id = k.customer_id
                order by lower(k.name), lower(c.name)""")
        List<ContactMatchRow> findContactsByNameRange(String from, String to, int limit);

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
