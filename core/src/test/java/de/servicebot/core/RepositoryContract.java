package de.servicebot.core;

import de.servicebot.core.catalog.CatalogFixtures;
import de.servicebot.core.catalog.Category;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerFixtures;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.time.LogTime;
import de.servicebot.core.time.WorkDuration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every port's contract (e.g. {@code TicketRepositoryContract}): what an implementation of a storage
 * port must do, run against the in-memory fakes and the PostgreSQL adapter alike, so a test against the fakes says
 * something about production. Each feature brings the contract of its own ports. Tests do not assume an empty store:
 * each creates its own, uniquely named data, with the helpers here.
 */
public abstract class RepositoryContract {

    protected static final Instant NOW = Instant.parse("2026-11-26T09:15:30.123456Z");

    protected Repositories repos;

    /** The repositories under test; called before each test. */
    protected abstract Repositories repositories();

    @BeforeEach
    protected void setUpRepositories() {
        repos = repositories();
    }

    protected Customer storedCustomer() {
        return repos.customers().save(CustomerFixtures.aCustomer("Kunde " + unique()));
    }

    protected Ticket aTicket(Customer customer) {
        TicketType type = repos.catalog().save(CatalogFixtures.aTicketType());
        Category category = repos.catalog().save(CatalogFixtures.aCategory());
        StaffMember creator = repos.staff().save(StaffFixtures.aSalesPerson());
        OpenTicket what = new OpenTicket(
                customer.id(),
                customer.contacts().get(0).id(),
                type.id(),
                category.id(),
                "Drucker druckt nicht",
                "Kunde: " + customer.name());
        return Ticket.open(what, repos.ticketNumbers().next(2026), creator.id(), NOW);
    }

    protected Ticket forwarded(Ticket ticket, StaffMember technician) {
        ticket.forwardTo(technician);
        return repos.tickets().save(ticket);
    }

    protected static LogTime work(Ticket ticket, StaffMember technician, int day, int minutes) {
        return new LogTime(
                ticket.id(),
                technician.id(),
                LocalDate.of(2026, 11, day),
                WorkDuration.ofMinutes(minutes),
                "Fernwartung",
                "Treiber neu installiert",
                true);
    }

    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
