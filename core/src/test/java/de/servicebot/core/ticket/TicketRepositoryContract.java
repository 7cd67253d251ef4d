package de.servicebot.core.ticket;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tickets and their numbers: stored, found by number, assignee and customer, guarded by their version. */
public abstract class TicketRepositoryContract extends RepositoryContract {

    @Test
    void keepsTheAppointmentOfAForwardedTicketOnSiteOrRemote() {
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        Ticket onSite = aTicket(storedCustomer());
        Appointment thursdayTen = Appointment.onSite(java.time.LocalDateTime.of(2026, 11, 27, 10, 0));
        onSite.forwardTo(technician, java.util.Optional.of(thursdayTen), "Toner mitnehmen");
        Ticket remote = aTicket(storedCustomer());
        Appointment fridayNine = Appointment.remote(java.time.LocalDateTime.of(2026, 11, 28, 9, 0));
        remote.forwardTo(technician, java.util.Optional.of(fridayNine), "");

        repos.tickets().save(onSite);
        repos.tickets().save(remote);

        assertThat(repos.tickets().findById(onSite.id()).orElseThrow().appointment())
                .contains(thursdayTen);
        assertThat(repos.tickets().findById(remote.id()).orElseThrow().appointment())
                .contains(fridayNine);
    }

    @Test
    void forgetsACancelledAppointment() {
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        Ticket ticket = aTicket(storedCustomer());
        ticket.forwardTo(
                technician,
                java.util.Optional.of(Appointment.onSite(java.time.LocalDateTime.of(2026, 11, 27, 10, 0))),
                "");
        Ticket saved = repos.tickets().save(ticket);

        saved.cancelAppointment(technician);
        repos.tickets().save(saved);

        assertThat(repos.tickets().findById(ticket.id()).orElseThrow().appointment())
                .isEmpty();
    }

    @Test
    void keepsTheReceiptTimeTheInternalNoteAndTheResolution() {
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        Ticket ticket = aTicket(storedCustomer());
        ticket.forwardTo(technician, java.util.Optional.empty(), "Kundin ist ab 9 Uhr da – „Toner“ mitnehmen");
        java.time.Instant sent = java.time.Instant.parse("2026-12-02T09:14:00Z");
        ticket.receiptSent(sent);
        ticket.resolve("Toner getauscht", technician);

        repos.tickets().save(ticket);

        TicketHandling stored =
                repos.tickets().findById(ticket.id()).orElseThrow().handling();
        assertThat(stored.receiptSentAt()).contains(sent);
        assertThat(stored.note()).isEqualTo("Kundin ist ab 9 Uhr da – „Toner“ mitnehmen");
        assertThat(stored.resolution()).isEqualTo("Toner getauscht");
    }

    @Test
    void countsTicketNumbersUpWithinAYear() {
        TicketNumber first = repos.ticketNumbers().next(2031);
        TicketNumber second = repos.ticketNumbers().next(2031);
        TicketNumber otherYear = repos.ticketNumbers().next(2032);

        assertThat(second).isEqualTo(new TicketNumber(2031, first.sequence() + 1));
        assertThat(otherYear.year()).isEqualTo(2032);
    }

    @Test
    void storesATicketAndFindsItByNumber() {
        Ticket ticket = aTicket(storedCustomer());

        Ticket stored = repos.tickets().save(ticket);

        Ticket found = repos.tickets().findByNumber(ticket.number()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(found.id()).isEqualTo(ticket.id());
        assertThat(found.content()).isEqualTo(ticket.content());
        assertThat(found.status()).isEqualTo(TicketStatus.NEW);
        assertThat(found.createdAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
        assertThat(repos.tickets().findById(ticket.id())).isPresent();
    }

    @Test
    void refusesAStaleTicket() {
        Ticket stored = repos.tickets().save(aTicket(storedCustomer()));
        Ticket mine = repos.tickets().findById(stored.id()).orElseThrow();
        stored.describe("first");
        repos.tickets().save(stored);

        mine.describe("second");

        assertRefused(() -> repos.tickets().save(mine), "common.concurrent-change");
        assertThat(repos.tickets().findById(stored.id()).orElseThrow().description())
                .isEqualTo("first");
    }

    @Test
    void listsTheOpenTicketsOfAnAssigneeNewestFirst() {
        Customer customer = storedCustomer();
        StaffMember technician = repos.staff().save(StaffFixtures.aTechnician());
        Ticket older = forwarded(aTicket(customer), technician);
        Ticket newer = forwarded(aTicket(customer), technician);
        Ticket resolved = aTicket(customer);
        resolved.forwardTo(technician);
        resolved.resolve("Toner getauscht", de.servicebot.core.staff.StaffFixtures.anAdmin());
        repos.tickets().save(resolved);
        repos.tickets().save(aTicket(customer));

        List<Ticket> open = repos.tickets().findOpenByAssignee(technician.id(), 10);

        assertThat(open).extracting(Ticket::id).containsExactly(newer.id(), older.id());
        assertThat(open.get(0).assignee()).contains(technician.id());
        assertThat(repos.tickets().findOpenByAssignee(technician.id(), 1)).hasSize(1);
    }

    @Test
    void listsTheTicketsOfACustomerNewestFirst() {
        Customer customer = storedCustomer();
        Ticket first = repos.tickets().save(aTicket(customer));
        Ticket second = repos.tickets().save(aTicket(customer));
        repos.tickets().save(aTicket(storedCustomer()));

        assertThat(repos.tickets().findByCustomer(customer.id(), 10))
                .extracting(Ticket::id)
                .containsExactly(second.id(), first.id());
    }
}
