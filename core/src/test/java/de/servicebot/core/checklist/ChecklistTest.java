package de.servicebot.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChecklistTest {

    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");
    private final StaffId tim = new StaffId(UUID.randomUUID());
    private final StaffId tara = new StaffId(UUID.randomUUID());

    private final Checklist setUp = Checklist.start(
            TicketId.newId(),
            "Arbeitsplatz einrichten",
            List.of(
                    ChecklistItem.required("Rechner auspacken"),
                    ChecklistItem.required("Rechner aufstellen").withEvidence("Seriennummer"),
                    ChecklistItem.required("Benutzer anmelden").afterThePrevious(),
                    ChecklistItem.required("Besonderheiten notieren").withNote(),
                    ChecklistItem.required("Altgerät mitnehmen").optional()));

    @Test
    void recordsWhoTickedAPointAndWhen() {
        Tick tick = setUp.tick(1, tim, NOON, "", "");

        assertThat(tick.by()).isEqualTo(tim);
        assertThat(tick.at()).isEqualTo(NOON);
        assertThat(setUp.ticks().get(0)).contains(tick);
        assertThat(setUp.doneCount()).isEqualTo(1);
    }

    @Test
    void refusesTickingAPointTwiceAndKeepsTheFirstTick() {
        Tick first = setUp.tick(1, tim, NOON, "", "");

        assertThatThrownBy(() -> setUp.tick(1, tara, NOON.plusSeconds(60), "", ""))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "checklist.already-done");
        assertThat(setUp.ticks().get(0)).contains(first);
    }

    @Test
    void asksForTheEvidenceAPointNeedsBeforeItCanBeTicked() {
        assertThatThrownBy(() -> setUp.tick(2, tim, NOON, "", " "))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "checklist.evidence-required");
        assertThat(setUp.ticks().get(1)).isEmpty();

        assertThat(setUp.tick(2, tim, NOON, "", " SN-4711 ").evidence()).isEqualTo("SN-4711");
    }

    @Test
    void asksForTheNoteAPointNeedsBeforeItCanBeTicked() {
        assertThatThrownBy(() -> setUp.tick(4, tim, NOON, "", ""))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "checklist.note-required");

        assertThat(setUp.tick(4, tim, NOON, "Drucker im Flur", "").note()).isEqualTo("Drucker im Flur");
    }

    @Test
    void refusesAPointInOrderWhileThePreviousOneIsOpen() {
        assertThatThrownBy(() -> setUp.tick(3, tim, NOON, "", ""))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "checklist.previous-open")
                .extracting("args")
                .isEqualTo(List.of(2, "Rechner aufstellen"));

        setUp.tick(2, tim, NOON, "", "SN-4711");
        assertThat(setUp.tick(3, tim, NOON, "", "").by()).isEqualTo(tim);
    }

    @Test
    void takesATickBackOnlyWithAReasonAndReportsWhatWasUndone() {
        Tick done = setUp.tick(1, tim, NOON, "", "");

        assertThatThrownBy(() -> setUp.untick(1, tara, NOON, "  "))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "checklist.reason-required");
        assertThat(setUp.ticks().get(0)).contains(done);

        Untick untick = setUp.untick(1, tara, NOON.plusSeconds(60), "Karton war leer");
        assertThat(untick.undone()).isEqualTo(done);
        assertThat(untick.by()).isEqualTo(tara);
        assertThat(untick.reason()).isEqualTo("Karton war leer");
        assertThat(setUp.ticks().get(0)).isEmpty();
    }

    @Test
    void refusesTakingBackAnOpenPointOrOneThatALaterPointInOrderFollows() {
        assertThatThrownBy(() -> setUp.untick(1, tim, NOON, "versehentlich"))
                .hasFieldOrPropertyWithValue("code", "checklist.not-done");

        setUp.tick(2, tim, NOON, "", "SN-4711");
        setUp.tick(3, tim, NOON, "", "");
        assertThatThrownBy(() -> setUp.untick(2, tim, NOON, "falsches Gerät"))
                .hasFieldOrPropertyWithValue("code", "checklist.later-done");
    }

    @Test
    void listsTheRequiredPointsStillOpenButNotTheOptionalOnes() {
        setUp.tick(1, tim, NOON, "", "");

        assertThat(setUp.openRequired())
                .extracting(ChecklistItem::text)
                .containsExactly("Rechner aufstellen", "Benutzer anmelden", "Besonderheiten notieren");

        setUp.tick(2, tim, NOON, "", "SN-4711");
        setUp.tick(3, tim, NOON, "", "");
        setUp.tick(4, tim, NOON, "keine", "");
        assertThat(setUp.openRequired()).isEmpty();
        assertThat(setUp.doneCount()).isEqualTo(4);
    }

    @Test
    void refusesAPointThatDoesNotExist() {
        assertThatThrownBy(() -> setUp.tick(6, tim, NOON, "", ""))
                .hasFieldOrPropertyWithValue("code", "checklist.no-such-item");
        assertThatThrownBy(() -> setUp.tick(0, tim, NOON, "", ""))
                .hasFieldOrPropertyWithValue("code", "checklist.no-such-item");
    }
}
