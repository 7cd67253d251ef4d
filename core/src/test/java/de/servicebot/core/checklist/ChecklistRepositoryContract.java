package de.servicebot.core.checklist;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checklists of a ticket and the revisions of their templates. */
public abstract class ChecklistRepositoryContract extends RepositoryContract {

    @Test
    void keepsAChecklistWithItsPointsAndTicks() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        Checklist started = Checklist.start(
                ticket.id(),
                "Arbeitsplatz",
                List.of(
                        ChecklistItem.required("Rechner aufstellen").withEvidence("Seriennummer"),
                        ChecklistItem.required("Benutzer anmelden")
                                .afterThePrevious()
                                .withNote(),
                        ChecklistItem.required("Altgerät mitnehmen").optional()));
        Checklist stored = repos.checklists().save(started);
        stored.tick(1, technician.id(), NOW, "", "SN-4711");
        stored.tick(2, technician.id(), NOW, "Profil übernommen", "");

        Checklist ticked = repos.checklists().save(stored);

        Checklist found = repos.checklists().findById(started.id()).orElseThrow();
        assertThat(ticked.version()).isEqualTo(2);
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.items()).isEqualTo(started.items());
        assertThat(found.ticks())
                .containsExactly(
                        Optional.of(new Tick(technician.id(), NOW.truncatedTo(ChronoUnit.MICROS), "", "SN-4711")),
                        Optional.of(
                                new Tick(technician.id(), NOW.truncatedTo(ChronoUnit.MICROS), "Profil übernommen", "")),
                        Optional.empty());
    }

    @Test
    void refusesAStaleChecklistAndKeepsTheTickThatWasFirst() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        StaffMember first = repos.staff().save(StaffFixtures.aTechnician());
        StaffMember second = repos.staff().save(StaffFixtures.aTechnician());
        Checklist stored = repos.checklists()
                .save(Checklist.start(ticket.id(), "Liste", List.of(ChecklistItem.required("Punkt"))));
        Checklist mine = repos.checklists().findById(stored.id()).orElseThrow();
        stored.tick(1, first.id(), NOW, "", "");
        repos.checklists().save(stored);

        mine.tick(1, second.id(), NOW, "", "");

        assertRefused(() -> repos.checklists().save(mine), "common.concurrent-change");
        assertThat(repos.checklists()
                        .findById(stored.id())
                        .orElseThrow()
                        .ticks()
                        .get(0))
                .map(Tick::by)
                .contains(first.id());
    }

    @Test
    void listsTheChecklistsOfATicketInTheOrderTheyWereStarted() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        Ticket other = repos.tickets().save(aTicket(storedCustomer()));
        List<ChecklistItem> items = List.of(ChecklistItem.required("Punkt"));
        Checklist z = repos.checklists().save(Checklist.start(ticket.id(), "Zuerst", items));
        Checklist a = repos.checklists().save(Checklist.start(ticket.id(), "Als Zweites", items));
        repos.checklists().save(Checklist.start(other.id(), "Andere", items));

        assertThat(repos.checklists().findByTicket(ticket.id()))
                .extracting(Checklist::id)
                .containsExactly(z.id(), a.id());
    }

    @Test
    void keepsEveryRevisionOfATemplateAndGivesTheNewest() {
        TicketType ownType = repos.catalog().save(TicketType.create("Typ " + unique()));
        StaffMember admin = repos.staff().save(StaffFixtures.anAdmin());
        ChecklistTemplate first = repos.checklistTemplates()
                .add(ChecklistTemplate.first(
                        ownType.id(), "Server", List.of(ChecklistItem.required("Einbauen")), admin.id(), NOW));
        repos.checklistTemplates()
                .add(ChecklistTemplate.first(
                        ownType.id(), "Arbeitsplatz", List.of(ChecklistItem.required("Aufstellen")), admin.id(), NOW));
        ChecklistTemplate second = repos.checklistTemplates()
                .add(first.revise(
                        List.of(
                                ChecklistItem.required("Einbauen"),
                                ChecklistItem.required("Backup").withNote()),
                        admin.id(),
                        NOW));

        assertThat(repos.checklistTemplates().currentFor(ownType.id()))
                .extracting(ChecklistTemplate::name, ChecklistTemplate::revision)
                .containsExactly(tuple("Arbeitsplatz", 1), tuple("Server", 2));
        assertThat(repos.checklistTemplates().current(ownType.id(), "Server"))
                .map(ChecklistTemplate::items)
                .contains(second.items());
        assertRefused(
                () -> repos.checklistTemplates().add(first.revise(first.items(), admin.id(), NOW)),
                "common.concurrent-change");
    }
}
