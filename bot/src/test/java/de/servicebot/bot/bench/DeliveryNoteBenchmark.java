package de.servicebot.bot.bench;

import de.servicebot.core.delivery.DeliveryNote;
import de.servicebot.core.delivery.DeliveryNoteService;
import de.servicebot.core.delivery.Material;
import de.servicebot.core.delivery.RecordMaterial;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.ticket.TicketId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures issuing a delivery note with 50 lines, its gap-free number and its printed PDF kept with the ticket, among
 * 100,000 tickets in PostgreSQL, through core's service. A benchmark, not a test: it logs figures.
 *
 * <p>Run: {@code ./mvnw -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=de.servicebot.bot.bench.DeliveryNoteBenchmark}
 */
public final class DeliveryNoteBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DeliveryNoteBenchmark.class);
    private static final int WARMUP = 50;
    private static final int ROUNDS = 300;
    private static final int LINES = 50;

    private DeliveryNoteBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = Bench.start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            FindBenchmark.seed(jdbc);
            StaffRepository staff = app.getBean(StaffRepository.class);
            StaffMember technician = staff.save(StaffMember.register(
                    "Tim Technik", EmailAddress.of("tim@bench.test"), Set.of(Role.TECHNICIAN), Language.DE));
            StaffMember sales = staff.save(StaffMember.register(
                    "Vera Vertrieb", EmailAddress.of("vera@bench.test"), Set.of(Role.SALES), Language.DE));
            DeliveryNoteService notes = app.getBean(DeliveryNoteService.class);
            List<UUID> tickets = jdbc.sql("select id from ticket order by number_sequence limit :n")
                    .param("n", WARMUP + ROUNDS)
                    .query(UUID.class)
                    .list();
            List<Material> materials = IntStream.rangeClosed(1, LINES)
                    .mapToObj(i -> new Material(
                            "", "Patchkabel Cat. 6, " + i + " m, grün (Lötstellenprüfung)", new BigDecimal(i), "Stück"))
                    .toList();
            List<DeliveryNote> drafts = new ArrayList<>();
            for (UUID id : tickets) {
                TicketId ticket = new TicketId(id);
                DeliveryNote draft = notes.recordMaterial(new RecordMaterial(ticket, "bench:1", materials), technician);
                drafts.add(notes.deliverTo(ticket, draft.id(), "Industriestraße 5\n86150 Augsburg", sales));
            }
            long[] nanos = new long[ROUNDS];
            long bytes = 0;
            for (int i = 0; i < WARMUP + ROUNDS; i++) {
                DeliveryNote draft = drafts.get(i);
                long start = System.nanoTime();
                notes.issue(draft.ticketId(), draft.id(), sales);
                long took = System.nanoTime() - start;
                if (i >= WARMUP) {
                    nanos[i - WARMUP] = took;
                }
            }
            bytes = jdbc.sql("select avg(length(content))::bigint from document where file_name like 'Lieferschein %'")
                    .query(Long.class)
                    .single();
            Bench.report("issue a delivery note, 50 lines + PDF", nanos);
            log.info("printed notes: {} bytes each on average", bytes);
        }
    }
}
