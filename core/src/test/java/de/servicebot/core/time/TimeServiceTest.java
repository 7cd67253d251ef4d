package de.servicebot.core.time;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.World;
import de.servicebot.core.audit.AuditEntry;
import de.servicebot.core.shared.DirectTransactions;
import de.servicebot.core.ticket.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeServiceTest {

    private final World world = new World();
    private final Ticket ticket = world.forwardedTicket();

    @Test
    void booksForOneselfTodayWithTheActivitysText() {
        TimeEntry entry =
                world.time.book(BookTime.of(ticket.id(), WorkDuration.parse("1,5h"), "fernwartung"), world.technician);

        assertThat(entry.work().workedBy()).isEqualTo(world.technician.id());
        assertThat(entry.work().date()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(entry.work().activity()).isEqualTo("Fernwartung");
        assertThat(entry.work().text())
                .isEqualTo("Fernwartung bei Müller Maschinenbau GmbH (Anna Berger): Drucker druckt nicht");
        assertThat(entry.work().duration().minutes()).isEqualTo(90);
        assertThat(entry.work().billable()).isTrue();
    }

    @Test
    void refusesAnActivityThatIsNoTemplate() {
        assertRefused(
                () -> world.time.book(BookTime.of(ticket.id(), WorkDuration.ofMinutes(5), "Kaffee"), world.technician),
                "time.activity-unknown");
    }

    @Test
    void refusesWorkInTheFuture() {
        BookTime tomorrow = new BookTime(
                ticket.id(),
                Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 27)),
                WorkDuration.ofMinutes(5),
                "Fernwartung",
                "",
                true);

        assertRefused(() -> world.time.book(tomorrow, world.technician), "time.date-in-future");
    }

    @Test
    void acceptsWorkOfAnEarlierDay() {
        BookTime monday = new BookTime(
                ticket.id(),
                Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 23)),
                WorkDuration.ofMinutes(30),
                "Fernwartung",
                "Montag vergessen",
                false);

        TimeEntry entry = world.time.book(monday, world.technician);

        assertThat(entry.work().date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(entry.work().text()).isEqualTo("Montag vergessen");
    }

    @Test
    void refusesTimeOnAClosedTicket() {
        Ticket closed = world.repos.tickets().findById(ticket.id()).orElseThrow();
        closed.resolve("Toner getauscht", de.servicebot.core.staff.StaffFixtures.anAdmin());
        closed.close();
        world.repos.tickets().save(closed);

        assertRefused(
                () -> world.time.book(
                        BookTime.of(ticket.id(), WorkDuration.ofMinutes(5), "Fernwartung"), world.technician),
                "ticket.closed");
    }

    @Test
    void letsOnlyAnAdminBookForSomeoneElse() {
        BookTime forTim = new BookTime(
                ticket.id(),
                Optional.of(world.technician.id()),
                Optional.empty(),
                WorkDuration.ofMinutes(20),
                "Fernwartung",
                "",
                true);

        assertRefused(() -> world.time.book(forTim, world.sales), "staff.not-permitted");
        TimeEntry entry = world.time.book(forTim, world.admin);

        assertThat(entry.work().workedBy()).isEqualTo(world.technician.id());
        assertThat(entry.recordedBy()).isEqualTo(world.admin.id());
    }

    @Test
    void refusesTheBackOfficeBookingTime() {
        assertRefused(
                () -> world.time.book(
                        BookTime.of(ticket.id(), WorkDuration.ofMinutes(5), "Fernwartung"), world.backOffice),
                "staff.not-permitted");
    }

    @Test
    void showsATicketsEntriesWithTheirTotal() {
        world.time.book(BookTime.of(ticket.id(), WorkDuration.parse("45"), "Fernwartung"), world.technician);
        world.time.book(BookTime.of(ticket.id(), WorkDuration.parse("1:20"), "Fernwartung"), world.technician);

        TimeSheet sheet = world.time.sheet(ticket.id(), world.backOffice);

        assertThat(sheet.entries()).hasSize(3);
        assertThat(sheet.totalMinutes()).isEqualTo(10 + 45 + 80);
        assertThat(sheet.formattedTotal()).isEqualTo("2:15");
    }

    @Test
    void correctsOwnEntryOnTheSameDayAndAuditsIt() {
        TimeEntry entry =
                world.time.book(BookTime.of(ticket.id(), WorkDuration.parse("45"), "Fernwartung"), world.technician);

        TimeEntry corrected = world.time.correct(
                entry.id(), BookTime.of(ticket.id(), WorkDuration.parse("1h"), "Fernwartung"), world.technician);

        assertThat(corrected.work().duration().minutes()).isEqualTo(60);
        assertThat(world.repos
                        .timeEntries()
                        .findById(entry.id())
                        .orElseThrow()
                        .work()
                        .duration()
                        .minutes())
                .isEqualTo(60);
        assertThat(world.repos.audit().about(entry.id().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("time-entry.booked", "time-entry.corrected");
        assertThat(world.repos.audit().about(entry.id().toString()).get(1).details())
                .contains("minutes=45")
                .contains("minutes=60");
    }

    @Test
    void deletesOwnEntryOnTheSameDayAndAuditsIt() {
        TimeEntry entry =
                world.time.book(BookTime.of(ticket.id(), WorkDuration.parse("45"), "Fernwartung"), world.technician);

        world.time.delete(ticket.id(), entry.id(), world.technician);

        assertThat(world.repos.timeEntries().findById(entry.id())).isEmpty();
        assertThat(world.repos.audit().about(entry.id().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("time-entry.booked", "time-entry.deleted");
    }

    @Test
    void refusesChangingSomeoneElsesEntryOrOneFromYesterday() {
        TimeEntry entry =
                world.time.book(BookTime.of(ticket.id(), WorkDuration.parse("45"), "Fernwartung"), world.technician);
        TimeService tomorrow = new TimeService(
                world.repos.timeEntries(),
                world.repos.tickets(),
                world.repos.templates(),
                world.repos.customers(),
                world.repos.staff(),
                world.repos.audit(),
                new DirectTransactions(),
                Clock.offset(world.clock, Duration.ofDays(1)));

        assertRefused(() -> world.time.delete(ticket.id(), entry.id(), world.sales), "time.only-own-entries");
        assertRefused(() -> tomorrow.delete(ticket.id(), entry.id(), world.technician), "time.only-same-day");
        assertThat(world.repos.timeEntries().findById(entry.id())).isPresent();
    }

    @Test
    void refusesAnEntryPairedWithAnotherTicketAndChangesNothing() {
        Ticket other = world.forwardedTicket();
        TimeEntry entry =
                world.time.book(BookTime.of(ticket.id(), WorkDuration.parse("45"), "Fernwartung"), world.technician);

        assertRefused(
                () -> world.time.correct(
                        entry.id(), BookTime.of(other.id(), WorkDuration.parse("8h"), "Fernwartung"), world.technician),
                "time.entry-not-found");
        assertRefused(() -> world.time.delete(other.id(), entry.id(), world.technician), "time.entry-not-found");
        assertThat(world.repos
                        .timeEntries()
                        .findById(entry.id())
                        .orElseThrow()
                        .work()
                        .duration()
                        .minutes())
                .isEqualTo(45);
    }
}
