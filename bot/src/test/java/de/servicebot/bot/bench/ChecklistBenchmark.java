package de.servicebot.bot.bench;

import de.servicebot.bot.cards.CardRenderer;
import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.feature.checklist.ChecklistFeature;
import de.servicebot.bot.feature.checklist.ChecklistView;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the handling of checklist actions as a technician's card or Slack button sends them, with 100,000 tickets
 * in PostgreSQL, each with a checklist of four points: the conversation's work (parse, core, PostgreSQL, the view)
 * and, separately, rendering the checklist card. A benchmark, not a test: it logs figures and checks nothing.
 *
 * <p>Run: {@code ./mvnw -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=de.servicebot.bot.bench.ChecklistBenchmark}
 */
public final class ChecklistBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ChecklistBenchmark.class);
    private static final int TICKETS_WORKED = 500;

    private ChecklistBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = Bench.start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long seeding = System.nanoTime();
            FindBenchmark.seed(jdbc);
            seedChecklists(jdbc);
            log.info(String.format(
                    Locale.ROOT,
                    "seeded %d tickets with %d checklists of %d points in %.1f s",
                    Bench.count(jdbc, "ticket"),
                    Bench.count(jdbc, "checklist"),
                    Bench.count(jdbc, "checklist_item"),
                    (System.nanoTime() - seeding) / 1e9));

            Conversation conversation = app.getBean(Conversation.class);
            CardRenderer cards = new CardRenderer();
            StaffMember me = app.getBean(StaffRepository.class)
                    .findById(new StaffId(jdbc.sql("select id from staff order by name limit 1")
                            .query(UUID.class)
                            .single()))
                    .orElseThrow();
            List<Map<String, Object>> worked =
                    jdbc.sql("""
                            select t.id as ticket, c.id as checklist,
                                   'T-' || t.number_year || '-' || lpad(t.number_sequence::text, 5, '0') as number
                            from ticket t join checklist c on c.ticket_id = t.id
                            where t.status in ('FORWARDED', 'IN_PROGRESS') order by t.number_sequence limit :n""").param("n", TICKETS_WORKED).query().listOfRows();

            if (!(conversation
                            .message(me, "checkliste " + worked.get(0).get("number"))
                            .views()
                            .get(0)
                    instanceof ChecklistView)) {
                throw new IllegalStateException("checkliste shows no checklist");
            }
            Bench.measure(
                    "show checklist (checkliste T-…)",
                    i -> conversation.message(
                            me, "checkliste " + worked.get(i % worked.size()).get("number")));
            long[][] pairs = timedPairs(
                    i -> conversation.submit(me, ChecklistFeature.TICK, point(worked, i, null)),
                    i -> conversation.submit(me, ChecklistFeature.UNTICK, point(worked, i, "Doch noch nicht fertig")));
            Bench.report("tick point 4", pairs[0]);
            Bench.report("untick point 4 with a reason", pairs[1]);
            Bench.measure(
                    "resolve refused, open points listed",
                    i -> conversation.submit(
                            me,
                            ChecklistFeature.RESOLVE,
                            Map.of(
                                    Actions.TICKET_ID,
                                    worked.get(i % worked.size()).get("ticket").toString())));
            Reply shown = conversation.message(me, "checkliste " + worked.get(0).get("number"));
            Bench.measure("render the checklist card (Teams)", i -> {
                cards.render(shown.views());
            });
        }
    }

    private static Map<String, String> point(List<Map<String, Object>> worked, int i, String reason) {
        Map<String, Object> row = worked.get(i % worked.size());
        Map<String, String> data = new HashMap<>();
        data.put(Actions.TICKET_ID, row.get("ticket").toString());
        data.put(ChecklistFeature.CHECKLIST_ID, row.get("checklist").toString());
        data.put(ChecklistFeature.POINT, "4");
        if (reason != null) {
            data.put("reason", reason);
        }
        return data;
    }

    private static void seedChecklists(JdbcClient jdbc) {
        jdbc.sql("insert into checklist (id, ticket_id, name, version) select gen_random_uuid(), id, 'Server', 1"
                        + " from ticket")
                .update();
        jdbc.sql("""
                insert into checklist_item (checklist_id, position, text, required, in_order, note_required,
                                            evidence_label)
                select c.id, p.position, p.text, true, p.in_order, false, p.evidence
                from checklist c cross join (values
                    (1, 'Server eingebaut und verkabelt', false, 'Seriennummer'),
                    (2, 'Betriebssystem installiert und aktualisiert', true, null),
                    (3, 'Datensicherung eingerichtet', false, null),
                    (4, 'Dokumentation beim Kunden aktualisiert', false, null)) p(position, text, in_order, evidence)""").update();
        jdbc.sql("analyze").update();
    }

    /**
     * Times {@code first} and {@code second} in turn on the same point, so that every tick finds the point open and
     * every untick finds it ticked; stops when either was refused, since then it would measure the refusal.
     */
    private static long[][] timedPairs(IntFunction<Reply> first, IntFunction<Reply> second) {
        for (int i = 0; i < Bench.WARMUP; i++) {
            succeeded(first.apply(i));
            succeeded(second.apply(i));
        }
        long[][] nanos = new long[2][Bench.ROUNDS];
        for (int i = 0; i < Bench.ROUNDS; i++) {
            long start = System.nanoTime();
            Reply one = first.apply(i);
            long between = System.nanoTime();
            Reply two = second.apply(i);
            nanos[0][i] = between - start;
            nanos[1][i] = System.nanoTime() - between;
            succeeded(one);
            succeeded(two);
        }
        return nanos;
    }

    private static void succeeded(Reply reply) {
        if (!(reply.views().get(0) instanceof TextView text) || text.tone() != TextView.Tone.SUCCESS) {
            throw new IllegalStateException("refused: " + reply.views().get(0));
        }
    }
}
