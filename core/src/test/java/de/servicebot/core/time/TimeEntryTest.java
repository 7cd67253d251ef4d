package de.servicebot.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeEntryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant BOOKED = Instant.parse("2026-11-26T22:30:00Z"); // 23:30 in Berlin
    private final StaffId technician = StaffId.newId();
    private final TicketId ticket = TicketId.newId();
    private final TimeEntry entry = TimeEntry.record(work(45), technician, BOOKED);

    @Test
    void isCorrectedByItsOwnerOnTheSameDay() {
        Clock sameEvening = Clock.fixed(Instant.parse("2026-11-26T22:50:00Z"), BERLIN);

        entry.correct(work(60), technician, sameEvening);

        assertThat(entry.work().duration().minutes()).isEqualTo(60);
    }

    @Test
    void isChangeableOnlyByItsOwnerAndOnlyOnTheDayItWasBooked() {
        Clock sameEvening = Clock.fixed(Instant.parse("2026-11-26T22:50:00Z"), BERLIN);
        Clock afterMidnightInBerlin = Clock.fixed(Instant.parse("2026-11-26T23:05:00Z"), BERLIN);

        assertThat(entry.changeableBy(technician, sameEvening)).isTrue();
        assertThat(entry.changeableBy(StaffId.newId(), sameEvening)).isFalse();
        assertThat(entry.changeableBy(technician, afterMidnightInBerlin)).isFalse();
    }

    @Test
    void isNotCorrectedTheNextDayInTheCompanysTimeZone() {
        Clock afterMidnightInBerlin = Clock.fixed(Instant.parse("2026-11-26T23:05:00Z"), BERLIN);

        assertThatThrownBy(() -> entry.correct(work(60), technician, afterMidnightInBerlin))
                .extracting("code")
                .isEqualTo("time.only-same-day");
    }

    @Test
    void isNotChangedBySomeoneElse() {
        Clock sameEvening = Clock.fixed(BOOKED, BERLIN);

        assertThatThrownBy(() -> entry.requireChangeableBy(StaffId.newId(), sameEvening))
                .extracting("code")
                .isEqualTo("time.only-own-entries");
    }

    @Test
    void isNotMovedToAnotherTicketByACorrection() {
        Clock sameEvening = Clock.fixed(BOOKED, BERLIN);
        LogTime elsewhere = new LogTime(
                TicketId.newId(), technician, LocalDate.of(2026, 11, 26), WorkDuration.ofMinutes(5), "x", "", true);

        assertThatThrownBy(() -> entry.correct(elsewhere, technician, sameEvening))
                .extracting("code")
                .isEqualTo("time.other-ticket");
    }

    @Test
    void needsAnActivity() {
        assertThatThrownBy(() -> new LogTime(
                        ticket, technician, LocalDate.of(2026, 11, 26), WorkDuration.ofMinutes(5), " ", "", true))
                .extracting("code")
                .isEqualTo("time.activity-missing");
    }

    private LogTime work(int minutes) {
        return new LogTime(
                ticket,
                technician,
                LocalDate.of(2026, 11, 26),
                WorkDuration.ofMinutes(minutes),
                "Ticketerstellung",
                "Ticket aufgenommen",
                false);
    }
}
