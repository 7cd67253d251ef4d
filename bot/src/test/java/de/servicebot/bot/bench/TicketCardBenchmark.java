package de.servicebot.bot.bench;

import de.servicebot.bot.cards.CardRenderer;
import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures opening the ticket card of busy tickets (200 history entries, 50 calls, 100 time entries each) among
 * 100,000 tickets in PostgreSQL: the conversation's work (core, PostgreSQL, the view) and, separately, rendering the
 * Teams card. A benchmark, not a test: it logs figures and checks only that the card is the busy one.
 *
 * <p>Run: {@code ./mvnw -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=de.servicebot.bot.bench.TicketCardBenchmark}
 */
public final class TicketCardBenchmark {

    private static final Logger log = LoggerFactory.getLogger(TicketCardBenchmark.class);
    private static final int BUSY_TICKETS = 100;

    private TicketCardBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = Bench.start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long seeding = System.nanoTime();
            FindBenchmark.seed(jdbc);
            List<UUID> busy = jdbc.sql("select id from ticket order by number_sequence limit :n")
                    .param("n", BUSY_TICKETS)
                    .query(UUID.class)
                    .list();
            seedStory(jdbc, busy);
            log.info(String.format(
                    Locale.ROOT,
                    "seeded %d tickets, %d of them with %d audit entries, %d calls, %d time entries in %.1f s",
                    Bench.count(jdbc, "ticket"),
                    busy.size(),
                    Bench.count(jdbc, "audit_log"),
                    Bench.count(jdbc, "call_log"),
                    Bench.count(jdbc, "time_entry"),
                    (System.nanoTime() - seeding) / 1e9));

            Conversation conversation = app.getBean(Conversation.class);
            CardRenderer cards = new CardRenderer();
            StaffMember me = app.getBean(StaffRepository.class)
                    .findById(new StaffId(jdbc.sql("select id from staff order by name limit 1")
                            .query(UUID.class)
                            .single()))
                    .orElseThrow();
            Reply first = open(conversation, me, busy.get(0));
            TicketView card = (TicketView) first.views().get(0);
            if (card.history().size() != 10 || card.sections().size() < 2) {
                throw new IllegalStateException("not the busy card: " + card.sections() + " " + card.history());
            }
            log.info(
                    "busy card sections: {}",
                    card.sections().stream().map(TicketView.Section::title).toList());
            Bench.measure("open a busy ticket card", i -> open(conversation, me, busy.get(i % busy.size())));
            Bench.measure("render the busy ticket card (Teams)", i -> cards.render(first.views()));
            Bench.measure(
                    "open and render (Teams)",
                    i -> cards.render(
                            open(conversation, me, busy.get(i % busy.size())).views()));
        }
    }

    private static Reply open(Conversation conversation, StaffMember me, UUID ticket) {
        return conversation.submit(me, Actions.SHOW_TICKET, Map.of(Actions.TICKET_ID, ticket.toString()));
    }

    /** 200 audit entries, 50 calls and 100 time entries on each busy ticket. */
    private static void seedStory(JdbcClient jdbc, List<UUID> busy) {
        UUID[] ids = busy.toArray(UUID[]::new);
        jdbc.sql("""
                insert into audit_log (at, staff_id, action, subject_id, details)
                select now() - make_interval(mins => n), (select id from staff order by name limit 1),
                       case when n % 2 = 0 then 'ticket.forwarded' else 'ticket.reopened' end, t::text,
                       case when n % 2 = 0 then 'to=' || (select id from staff order by name limit 1)
                                                || ' customerMail=false note=Toner mitnehmen'
                            else 'Druckt wieder streifig' end
                from unnest(:ids) t cross join generate_series(1, 200) n""").param("ids", ids).update();
        jdbc.sql("""
                insert into call_log (id, ticket_id, caller_name, caller_phone, summary, callback_wanted, logged_by,
                                      logged_at)
                select gen_random_uuid(), t, 'Anna Berger', '+49 89 1', 'Drucker streikt wieder', n % 3 = 0,
                       (select id from staff order by name limit 1), now() - make_interval(hours => n)
                from unnest(:ids) t cross join generate_series(1, 50) n""").param("ids", ids).update();
        jdbc.sql("""
                insert into time_entry (id, ticket_id, worked_by, work_date, minutes, activity, text, billable,
                                        recorded_by, recorded_at, version)
                select gen_random_uuid(), t, s, current_date - n, 30, 'Fernwartung', 'Drucker geprüft', true, s,
                       now() - make_interval(days => n), 1
                from unnest(:ids) t cross join generate_series(1, 100) n
                cross join (select id as s from staff order by name limit 1) me""").param("ids", ids).update();
        jdbc.sql("analyze").update();
    }
}
