package de.servicebot.core.checklist;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.World;
import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.shared.DirectTransactions;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketStatus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ChecklistServiceTest {

    private final World world = new World();
    private final ChecklistTemplate setUp = world.checklists.defineTemplate(
            world.type.id(),
            "Arbeitsplatz einrichten",
            List.of(
                    ChecklistItem.required("Rechner aufstellen").withEvidence("Seriennummer"),
                    ChecklistItem.required("Benutzer anmelden").afterThePrevious(),
                    ChecklistItem.required("Altgerät mitnehmen").optional()),
            world.admin);
    private final Ticket ticket = world.forwardedTicket();
    private final Checklist checklist =
            world.checklists.ofTicket(ticket.id(), world.technician).get(0);

    @Test
    void givesANewTicketTheChecklistsOfItsType() {
        assertThat(checklist.name()).isEqualTo("Arbeitsplatz einrichten");
        assertThat(checklist.items()).isEqualTo(setUp.items());
        assertThat(checklist.doneCount()).isZero();
    }

    @Test
    void storesATickWithTheTechnicianTheTimeAndTheEvidence() {
        Checklist ticked =
                world.checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-4711", world.technician);

        Tick tick = ticked.ticks().get(0).orElseThrow();
        assertThat(tick.by()).isEqualTo(world.technician.id());
        assertThat(tick.at()).isAfterOrEqualTo(World.NOW);
        assertThat(tick.evidence()).isEqualTo("SN-4711");
        assertThat(world.repos
                        .checklists()
                        .findById(checklist.id())
                        .orElseThrow()
                        .ticks()
                        .get(0))
                .contains(tick);
    }

    @Test
    void refusesAChecklistPairedWithAnotherTicketAndChangesNothing() {
        Ticket other = world.forwardedTicket();

        assertRefused(
                () -> world.checklists.tick(other.id(), checklist.id(), 1, "", "SN-1", world.technician),
                "checklist.not-found");
        assertRefused(
                () -> world.checklists.untick(other.id(), checklist.id(), 1, "Versehen", world.technician),
                "checklist.not-found");
        assertThat(world.checklists
                        .ofTicket(ticket.id(), world.technician)
                        .get(0)
                        .doneCount())
                .isZero();
    }

    @Test
    void letsOnlyThoseWhoWorkChecklistsTick() {
        assertRefused(
                () -> world.checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-1", world.sales),
                "staff.not-permitted");
        assertRefused(
                () -> world.checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-1", world.backOffice),
                "staff.not-permitted");
    }

    @Test
    void refusesATickOnAResolvedTicket() {
        world.checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-1", world.technician);
        world.checklists.tick(checklist.ticketId(), checklist.id(), 2, "", "", world.technician);
        world.tickets.resolve(
                new de.servicebot.core.ticket.ResolveTicket(ticket.id(), "Toner getauscht", false), world.technician);

        assertRefused(
                () -> world.checklists.tick(checklist.ticketId(), checklist.id(), 3, "", "", world.technician),
                "checklist.ticket-finished");
    }

    @Test
    void ticksOnTheFreshChecklistWhenSomeoneElseSavedInBetween() {
        ChecklistRepository racing = new RacingRepository(
                world.repos.checklists(),
                () -> world.checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-1", world.admin));
        ChecklistService service = service(racing);

        Checklist stored = service.tick(checklist.ticketId(), checklist.id(), 3, "", "", world.technician);

        assertThat(stored.ticks().get(0).map(Tick::by)).contains(world.admin.id());
        assertThat(stored.ticks().get(2).map(Tick::by)).contains(world.technician.id());
        assertThat(stored.doneCount()).isEqualTo(2);
    }

    @Test
    void theLoserOfARaceForTheSamePointLearnsItIsDone() {
        ChecklistRepository racing = new RacingRepository(
                world.repos.checklists(),
                () -> world.checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-1", world.admin));
        ChecklistService service = service(racing);

        assertRefused(
                () -> service.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-2", world.technician),
                "checklist.already-done");
        assertThat(world.repos
                        .checklists()
                        .findById(checklist.id())
                        .orElseThrow()
                        .ticks()
                        .get(0))
                .map(Tick::evidence)
                .contains("SN-1");
    }

    @Test
    void auditsAnUntickWithTheReasonAndWhoHadTicked() {
        world.checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-1", world.technician);

        Checklist unticked = world.checklists.untick(
                checklist.ticketId(), checklist.id(), 1, "Falsches Gerät aufgestellt", world.admin);

        assertThat(unticked.ticks().get(0)).isEmpty();
        List<AuditEntry> audit = world.repos.audit().about(ticket.id().toString());
        AuditEntry entry = audit.get(audit.size() - 1);
        assertThat(entry.action()).isEqualTo("checklist.unticked");
        assertThat(entry.by()).isEqualTo(world.admin.id());
        assertThat(entry.details())
                .contains("point=1", "tickedBy=" + world.technician.id(), "reason=Falsches Gerät aufgestellt");
    }

    @Test
    void refusesAnUntickWithoutReasonAndKeepsTheTick() {
        world.checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-1", world.technician);

        assertRefused(
                () -> world.checklists.untick(checklist.ticketId(), checklist.id(), 1, "  ", world.technician),
                "checklist.reason-required");
        assertThat(world.repos
                        .checklists()
                        .findById(checklist.id())
                        .orElseThrow()
                        .doneCount())
                .isEqualTo(1);
    }

    @Test
    void refusesToResolveWhileRequiredPointsAreOpenAndListsThem() {
        world.checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-1", world.technician);

        assertThatThrownBy(() -> world.tickets.resolve(
                        new de.servicebot.core.ticket.ResolveTicket(ticket.id(), "Toner getauscht", false),
                        world.technician))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("ticket.checklist-open");
                    assertThat(refused.args())
                            .containsExactly(
                                    ticket.number().toString(), List.of("Arbeitsplatz einrichten: Benutzer anmelden"));
                });
        assertThat(world.repos.tickets().findById(ticket.id()).orElseThrow().status())
                .isEqualTo(TicketStatus.FORWARDED);
    }

    @Test
    void resolvesOnceEveryRequiredPointIsDoneEvenWithOptionalOnesOpen() {
        world.checklists.tick(checklist.ticketId(), checklist.id(), 1, "", "SN-1", world.technician);
        world.checklists.tick(checklist.ticketId(), checklist.id(), 2, "", "", world.technician);

        Ticket resolved = world.tickets.resolve(
                new de.servicebot.core.ticket.ResolveTicket(ticket.id(), "Toner getauscht", false), world.technician);

        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(world.repos.audit().about(ticket.id().toString()))
                .extracting(AuditEntry::action)
                .contains("ticket.resolved");
    }

    @Test
    void letsOnlyTechniciansAndAdminsResolve() {
        assertRefused(
                () -> world.tickets.resolve(
                        new de.servicebot.core.ticket.ResolveTicket(ticket.id(), "Toner getauscht", false),
                        world.sales),
                "staff.not-permitted");
    }

    @Test
    void aChangedTemplateLeavesRunningChecklistsAsTheyWere() {
        ChecklistTemplate revised = world.checklists.defineTemplate(
                world.type.id(),
                "Arbeitsplatz einrichten",
                List.of(ChecklistItem.required("Nur noch ein Punkt")),
                world.admin);

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(world.checklists
                        .ofTicket(ticket.id(), world.technician)
                        .get(0)
                        .items())
                .isEqualTo(setUp.items());
        Ticket later = world.forwardedTicket();
        assertThat(world.checklists
                        .ofTicket(later.id(), world.technician)
                        .get(0)
                        .items())
                .extracting(ChecklistItem::text)
                .containsExactly("Nur noch ein Punkt");
    }

    @Test
    void letsOnlyAdminsChangeTemplates() {
        assertRefused(
                () -> world.checklists.defineTemplate(
                        world.type.id(), "Eigenes", List.of(ChecklistItem.required("Punkt")), world.technician),
                "staff.not-permitted");
    }

    @Test
    void refusesATemplateWithoutPoints() {
        assertRefused(
                () -> world.checklists.defineTemplate(world.type.id(), "Leer", List.of(), world.admin),
                "checklist.template-empty");
    }

    private ChecklistService service(ChecklistRepository repository) {
        return new ChecklistService(
                repository,
                world.repos.checklistTemplates(),
                world.repos.tickets(),
                world.repos.catalog(),
                world.repos.audit(),
                new DirectTransactions(),
                world.clock);
    }

    /** Lets someone else save the checklist between the caller's read and the caller's first save. */
    private static final class RacingRepository implements ChecklistRepository {

        private final ChecklistRepository stored;
        private final Runnable otherSave;
        private final AtomicBoolean raced = new AtomicBoolean();

        RacingRepository(ChecklistRepository stored, Runnable otherSave) {
            this.stored = stored;
            this.otherSave = otherSave;
        }

        @Override
        public Checklist save(Checklist checklist) {
            if (raced.compareAndSet(false, true)) {
                otherSave.run();
            }
            return stored.save(checklist);
        }

        @Override
        public Optional<Checklist> findById(ChecklistId id) {
            return stored.findById(id);
        }

        @Override
        public List<Checklist> findByTicket(TicketId ticketId) {
            return stored.findByTicket(ticketId);
        }
    }
}
