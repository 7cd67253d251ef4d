package de.servicebot.bot.feature.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.delivery.DeliveryNote;
import de.servicebot.core.delivery.DeliveryNoteNumber;
import de.servicebot.core.delivery.DeliveryNoteService;
import de.servicebot.core.delivery.Material;
import de.servicebot.core.delivery.RecordMaterial;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Delivery notes on PostgreSQL when many people act at once: one draft per ticket and day however many technicians
 * add material, and issued numbers in an unbroken row.
 */
class DeliveryNotesAtOnceIT extends CompanyIntegrationTest {

    @Autowired
    DeliveryNoteService notes;

    @Test
    void tenTechniciansAddingMaterialAtOnceFillOneDraftWithTenLines() throws Exception {
        Ticket ticket = aTicket();
        List<StaffMember> technicians = IntStream.range(0, 10)
                .mapToObj(i -> staff.save(StaffFixtures.aStaffMember("Techniker " + i, Role.TECHNICIAN)))
                .toList();

        List<DeliveryNote> drafts = atOnce(
                technicians.size(),
                i -> notes.recordMaterial(
                        new RecordMaterial(
                                ticket.id(),
                                "time:" + i,
                                List.of(new Material("", "Patchkabel " + i + " m", BigDecimal.ONE, "Stück"))),
                        technicians.get(i)));

        assertThat(drafts)
                .extracting(DeliveryNote::id)
                .containsOnly(drafts.get(0).id());
        DeliveryNote draft = notes.ofTicket(ticket.id(), technicians.get(0)).stream()
                .filter(note -> note.status() == DeliveryNote.Status.DRAFT)
                .reduce((one, two) -> {
                    throw new AssertionError("two drafts: " + one.id() + " and " + two.id());
                })
                .orElseThrow();
        assertThat(draft.lines()).hasSize(10);
    }

    @Test
    void twentyNotesIssuedAtOnceGetTwentyConsecutiveNumbers() throws Exception {
        StaffMember technician = staff.save(StaffFixtures.aTechnician());
        StaffMember sales = staff.save(StaffFixtures.aSalesPerson());
        List<Ticket> tickets = IntStream.range(0, 20).mapToObj(i -> aTicket()).toList();
        List<DeliveryNote> drafts = tickets.stream()
                .map(ticket -> notes.recordMaterial(
                        new RecordMaterial(
                                ticket.id(), "time:1", List.of(new Material("", "Toner", BigDecimal.ONE, "Stück"))),
                        technician))
                .toList();

        List<DeliveryNote> issued =
                atOnce(20, i -> notes.issue(tickets.get(i).id(), drafts.get(i).id(), sales));

        List<Integer> sequences = issued.stream()
                .map(note -> note.number().orElseThrow())
                .map(DeliveryNoteNumber::sequence)
                .sorted()
                .toList();
        assertThat(sequences).doesNotHaveDuplicates();
        assertThat(sequences.get(sequences.size() - 1) - sequences.get(0))
                .as("consecutive, none skipped")
                .isEqualTo(19);
    }

    private Ticket aTicket() {
        Customer customer = customers.findByNumber("K-10001").orElseThrow();
        StaffMember sales = staff.save(StaffFixtures.aSalesPerson());
        return openTicket(customer, customer.contacts().get(0), "Netzwerk", sales);
    }

    private interface Step<T> {
        T run(int i) throws Exception;
    }

    /** Runs {@code n} steps at once, each on its own thread, all released together; their results in order. */
    private static <T> List<T> atOnce(int n, Step<T> step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return step.run(index);
                };
                running.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
