package de.servicebot.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time entries of a ticket. */
public abstract class TimeEntryRepositoryContract extends RepositoryContract {

    @Test
    void keepsTimeEntriesOfATicketInTheOrderTheWorkWasDone() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        TimeEntry later =
                repos.timeEntries().save(TimeEntry.record(work(ticket, technician, 27, 30), technician.id(), NOW));
        TimeEntry earlier =
                repos.timeEntries().save(TimeEntry.record(work(ticket, technician, 26, 45), technician.id(), NOW));

        List<TimeEntry> entries = repos.timeEntries().findByTicket(ticket.id());

        assertThat(entries).extracting(TimeEntry::id).containsExactly(earlier.id(), later.id());
        assertThat(entries.get(0).work()).isEqualTo(work(ticket, technician, 26, 45));
        assertThat(entries.get(0).recordedBy()).isEqualTo(technician.id());
        LogTime remote = work(ticket, technician, 25, 60);
        LogTime onSite = new LogTime(
                remote.ticketId(),
                remote.workedBy(),
                remote.date(),
                remote.duration(),
                remote.activity(),
                remote.text(),
                true,
                true);
        repos.timeEntries().save(TimeEntry.record(onSite, technician.id(), NOW));
        assertThat(repos.timeEntries().findByTicket(ticket.id()).get(0).work().onSite())
                .isTrue();
        assertThat(entries).noneMatch(entry -> entry.work().onSite());
    }

    @Test
    void deletesATimeEntry() {
        Ticket ticket = repos.tickets().save(aTicket(storedCustomer()));
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        TimeEntry entry =
                repos.timeEntries().save(TimeEntry.record(work(ticket, technician, 26, 15), technician.id(), NOW));

        repos.timeEntries().delete(entry.id());

        assertThat(repos.timeEntries().findById(entry.id())).isEmpty();
        assertThat(repos.timeEntries().findByTicket(ticket.id())).isEmpty();
    }
}
