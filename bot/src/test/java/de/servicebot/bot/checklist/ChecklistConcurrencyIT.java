package de.servicebot.bot.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.bot.Race;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.Checklist;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.checklist.Tick;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Twenty technicians tick points of one checklist at the same moment, on PostgreSQL with the application's own
 * transactions: every tick is stored exactly once, none is lost, and of those who raced for the same point exactly one
 * wins while the others are told it is done.
 */
class ChecklistConcurrencyIT extends CompanyIntegrationTest {

    private static final int THREADS = 20;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void twentyTechniciansTickingAtOnceLoseNoTick() throws Exception {
        Checklist checklist = checklistOf(THREADS);
        List<StaffMember> technicians = technicians();

        List<Checklist> answers = Race.run(
                pool,
                THREADS,
                i -> () -> checklists.tick(checklist.ticketId(), checklist.id(), i + 1, "", "", technicians.get(i)));

        Checklist stored =
                checklists.ofTicket(checklist.ticketId(), technicians.get(0)).get(0);
        assertThat(stored.doneCount()).isEqualTo(THREADS);
        for (int i = 0; i < THREADS; i++) {
            assertThat(stored.ticks().get(i))
                    .map(Tick::by)
                    .contains(technicians.get(i).id());
        }
        assertThat(stored.version()).isEqualTo(1 + THREADS);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.doneCount()).isPositive());
        assertThat(jdbc.sql("select count(*) from checklist_item where checklist_id = :id and done_by is not null")
                        .param("id", checklist.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(THREADS);
    }

    @Test
    void ofTwentyTickingTheSamePointOneWinsAndTheOthersAreToldItIsDone() throws Exception {
        Checklist checklist = checklistOf(1);
        List<StaffMember> technicians = technicians();

        List<Object> outcomes = Race.run(pool, THREADS, i -> () -> {
            try {
                return checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "", technicians.get(i));
            } catch (DomainException refused) {
                return refused.code();
            }
        });

        assertThat(outcomes.stream().filter(Checklist.class::isInstance)).hasSize(1);
        assertThat(outcomes.stream().filter("checklist.already-done"::equals)).hasSize(THREADS - 1);
        Checklist stored =
                checklists.ofTicket(checklist.ticketId(), technicians.get(0)).get(0);
        Checklist winner = (Checklist) outcomes.stream()
                .filter(Checklist.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(stored.ticks().get(0)).isEqualTo(winner.ticks().get(0));
    }

    private Checklist checklistOf(int points) {
        StaffMember admin = person(Role.ADMIN);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TicketType type =
                transactions.inTransaction(() -> catalogRepository.save(TicketType.create("Rollout " + unique)));
        checklists.defineTemplate(
                type.id(),
                "Rollout",
                IntStream.rangeClosed(1, points)
                        .mapToObj(i -> ChecklistItem.required("Arbeitsplatz " + i + " eingerichtet"))
                        .toList(),
                admin);
        Customer customer = customers.findByNumber("K-10001").orElseThrow();
        Ticket ticket = creation.open(
                new OpenTicket(
                        customer.id(),
                        customer.contacts().get(0).id(),
                        type.id(),
                        catalogRepository.activeCategories().get(0).id(),
                        "Rollout " + unique,
                        ""),
                person(Role.SALES));
        return checklists.ofTicket(ticket.id(), admin).get(0);
    }

    private List<StaffMember> technicians() {
        return IntStream.range(0, THREADS)
                .mapToObj(i -> person(Role.TECHNICIAN))
                .toList();
    }

    private StaffMember person(Role role) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return transactions.inTransaction(() -> staff.save(StaffMember.register(
                "Person " + unique, EmailAddress.of(unique + "@servicebot.test"), Set.of(role), Language.DE)));
    }
}
