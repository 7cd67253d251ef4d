package de.servicebot.bot.bench;

import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.ticket.TicketService;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the lookups of "Find" with 100,000 tickets and 10,000 customers (20,000 contacts) in PostgreSQL, through
 * core's services as the conversation calls them. A benchmark, not a test: it logs figures and checks nothing.
 *
 * <p>Run: {@code ./mvnw -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=de.servicebot.bot.bench.FindBenchmark}
 */
public final class FindBenchmark {

    private static final Logger log = LoggerFactory.getLogger(FindBenchmark.class);
    private static final int CUSTOMERS = 10_000;
    private static final int TICKETS = 100_000;
    private static final int TECHNICIANS = 50;

    private FindBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = Bench.start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long seeding = System.nanoTime();
            seed(jdbc);
            log.info(String.format(
                    Locale.ROOT,
                    "seeded %d customers, %d contacts, %d tickets in %.1f s",
                    Bench.count(jdbc, "customer"),
                    Bench.count(jdbc, "contact"),
                    Bench.count(jdbc, "ticket"),
                    (System.nanoTime() - seeding) / 1e9));

            TicketService tickets = app.getBean(TicketService.class);
            CustomerService customers = app.getBean(CustomerService.class);
            StaffRepository staff = app.getBean(StaffRepository.class);
            List<UUID> technicianIds = jdbc.sql("select id from staff order by name")
                    .query(UUID.class)
                    .list();
            List<UUID> customerIds =
                    jdbc.sql("select id from customer").query(UUID.class).list();
            StaffMember me = staff.findById(new StaffId(technicianIds.get(0))).orElseThrow();
            List<StaffMember> technicians = technicianIds.stream()
                    .map(id -> staff.findById(new StaffId(id)).orElseThrow())
                    .toList();
            String[] prefixes = {"Mü", "Sch", "Bä", "Web", "Hof", "Kl", "Ba", "Fi", "Wa", "Ri"};
            String[] contactPrefixes = {"Anna", "Jo", "Pe", "Kar", "Le", "Mar", "Ste", "Ju"};
            Random random = new Random(42);

            Bench.measure(
                    "ticket by number (T-2026-…)",
                    i -> tickets.find("T-2026-" + (1 + random.nextInt(TICKETS / 2)), me));
            Bench.measure(
                    "ticket by bare number (4711)",
                    i -> tickets.find(String.valueOf(1 + random.nextInt(TICKETS / 2)), me));
            Bench.measure("my open tickets", i -> tickets.mine(technicians.get(random.nextInt(TECHNICIANS))));
            Bench.measure(
                    "tickets of a customer",
                    i -> tickets.ofCustomer(new CustomerId(customerIds.get(random.nextInt(CUSTOMERS))), me));
            Bench.measure("customer names of a list of 50", i -> tickets.customerNames(tickets.mine(me)));
            Bench.measure(
                    "customer search by prefix", i -> customers.search(prefixes[random.nextInt(prefixes.length)], me));
            String[] typed = {"mueller", "masch", "K-100001", "Maschinenbau", "muller", "baeckerei"};
            for (String one : typed) {
                log.info(
                        "customer search '{}' finds first: {}",
                        one,
                        customers.search(one, me).stream()
                                .limit(3)
                                .map(c -> c.number() + " " + c.name())
                                .toList());
            }
            for (String one : List.of("mueller", "masch", "K-100001")) {
                Bench.measure("customer search '" + one + "'", i -> customers.search(one, me));
            }
            Bench.measure(
                    "contact search by prefix",
                    i -> customers.searchContacts(contactPrefixes[random.nextInt(contactPrefixes.length)], me));
            explain(
                    jdbc,
                    "customer search 'masch', custom plan",
                    "select id, number, name from customer"
                            + " where search_key like '%masch%' order by case when lower(number) = 'masch' then 0"
                            + " when search_key like 'masch%' then 1 when search_key like '% masch%' then 2 else 3 end,"
                            + " lower(name), number limit 25");
            jdbc.sql("set plan_cache_mode = force_generic_plan").update();
            jdbc.sql("prepare customers(text, text) as select id, number, name from customer"
                            + " where lower(name) ~>=~ $1 and lower(name) ~<~ $2 order by lower(name), number limit 25")
                    .update();
            explain(jdbc, "customer prefix 'mü', generic plan", "execute customers('mü', 'mý')");
            jdbc.sql("prepare contacts(text, text) as select k.id from (select * from contact"
                            + " where lower(name) ~>=~ $1 and lower(name) ~<~ $2 order by lower(name), id limit 25) k"
                            + " join customer c on c.id = k.customer_id order by lower(k.name), lower(c.name)")
                    .update();
            explain(jdbc, "contact prefix 'anna', generic plan", "execute contacts('anna', 'annb')");
            jdbc.sql("prepare search(text, text) as select id, number, name from customer"
                            + " where search_key like '%' || $2 || '%'"
                            + " order by case when lower(number) = lower($1) then 0"
                            + " when search_key like $2 || '%' then 1"
                            + " when search_key like '% ' || $2 || '%' or search_key like '%-' || $2 || '%' then 2"
                            + " else 3 end, lower(name), number limit 25")
                    .update();
            explain(jdbc, "customer search 'mueller', generic plan", "execute search('mueller', 'mueller')");
            explain(jdbc, "customer search 'K-100001', generic plan", "execute search('K-100001', 'k-100001')");
            explain(jdbc, "customer search 'masch', generic plan", "execute search('masch', 'masch')");
        }
    }

    private static void explain(JdbcClient jdbc, String what, String sql) {
        List<String> plan = jdbc.sql("explain (analyze, costs off) " + sql)
                .query(String.class)
                .list();
        log.info("plan of {}:\n    {}", what, String.join("\n    ", plan.subList(0, Math.min(12, plan.size()))));
    }

    /** 50 technicians, 10,000 customers with two contacts each and 100,000 tickets over 2025 and 2026. */
    static void seed(JdbcClient jdbc) {
        jdbc.sql("""
                insert into staff (id, name, email, language, active, version)
                select gen_random_uuid(), 'Techniker ' || lpad(i::text, 2, '0'), 'tech' || i || '@bench.test', 'de', true, 0
                from generate_series(1, :n) i""").param("n", TECHNICIANS).update();
        jdbc.sql("insert into staff_role (staff_id, role) select id, 'TECHNICIAN' from staff")
                .update();
        jdbc.sql("insert into ticket_type (id, name, active) values (gen_random_uuid(), 'Störung', true)")
                .update();
        jdbc.sql("insert into category (id, name, active) values (gen_random_uuid(), 'Drucker', true)")
                .update();
        jdbc.sql("""
                insert into customer (id, number, name, version)
                select gen_random_uuid(), 'K-' || (100000 + i),
                       (array['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz',
                               'Hoffmann','Bäcker','Klein','Wolf','Neumann','Schwarz','Richter','Braun','Krüger',
                               'Hofmann','Hartmann','Lange','Werner','Krause','Lehmann','Köhler','Walter','Maier',
                               'Mayer','Kaiser','Fuchs','Peters','Lang','Scholz','Möller','Weiß','Jung','Hahn',
                               'Vogel','Keller','Frank'])[1 + i % 40]
                       || ' ' || (array['Maschinenbau','Logistik','Bäckerei','Steuerberatung','Autohaus','Praxis',
                               'Elektro','Metallbau','Immobilien','Versicherung'])[1 + (i / 40) % 10]
                       || ' ' || i || ' GmbH', 0
                from generate_series(1, :n) i""").param("n", CUSTOMERS).update();
        jdbc.sql("""
                insert into contact (id, customer_id, position, name, email, phone, language)
                select gen_random_uuid(), c.id, p.position,
                       (array['Anna','Jonas','Petra','Karl','Lena','Markus','Julia','Stefan','Laura','Peter'])
                           [1 + (abs(hashtext(c.id::text)) + p.position) % 10] || ' ' || split_part(c.name, ' ', 1),
                       'kontakt' || p.position || '@' || replace(c.number, 'K-', 'k') || '.test', '', 'de'
                from customer c cross join (values (0), (1)) p(position)""").update();
        jdbc.sql("""
                insert into ticket (id, number_year, number_sequence, customer_id, contact_id, type_id, category_id,
                                    subject, description, status, assignee_id, created_by, created_at, version)
                select gen_random_uuid(), 2025 + (i % 2), 1 + i / 2, c.id, k.id, t.id, g.id,
                       'Ticket ' || i, 'Beschreibung ' || i,
                       (array['NEW','FORWARDED','IN_PROGRESS','RESOLVED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED',
                              'RESOLVED'])[1 + i % 10],
                       case when i % 10 = 0 then null else s.id end, s.id, now() - (i || ' minutes')::interval, 0
                from generate_series(0, :n - 1) i
                join lateral (select id from customer offset (i * 7919) % :customers limit 1) c on true
                join lateral (select id from contact where customer_id = c.id limit 1) k on true
                join lateral (select id from staff offset i % :techs limit 1) s on true
                cross join (select id from ticket_type limit 1) t
                cross join (select id from category limit 1) g""")
                .param("n", TICKETS)
                .param("customers", CUSTOMERS)
                .param("techs", TECHNICIANS)
                .update();
        jdbc.sql("analyze").update();
    }
}
