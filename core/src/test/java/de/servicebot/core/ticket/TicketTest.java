package de.servicebot.core.ticket;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.catalog.CategoryId;
import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.customer.ContactId;
import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final CustomerId CUSTOMER = CustomerId.newId();
    private static final ContactId CONTACT = ContactId.newId();
    private static final TicketTypeId TYPE = TicketTypeId.newId();
    private static final CategoryId CATEGORY = CategoryId.newId();

    @Test
    void opensAsNewWithoutAssignee() {
        Ticket ticket = TicketFixtures.aTicket();

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.assignee()).isEmpty();
        assertThat(ticket.isNew()).isTrue();
    }

    @Test
    void namesTheFirstMissingStepInTheOrderTheFormAsks() {
        assertRefused(() -> new OpenTicket(null, null, null, null, "x", ""), "ticket.customer-missing");
        assertRefused(() -> new OpenTicket(CUSTOMER, null, null, null, "x", ""), "ticket.contact-missing");
        assertRefused(() -> new OpenTicket(CUSTOMER, CONTACT, null, null, "x", ""), "ticket.type-missing");
        assertRefused(() -> new OpenTicket(CUSTOMER, CONTACT, TYPE, null, "x", ""), "ticket.category-missing");
        assertRefused(() -> new OpenTicket(CUSTOMER, CONTACT, TYPE, CATEGORY, " ", ""), "ticket.subject-missing");
    }

    @Test
    void isForwardedToATechnician() {
        Ticket ticket = TicketFixtures.aTicket();
        StaffMember technician = StaffFixtures.aTechnician();

        ticket.forwardTo(technician);

        assertThat(ticket.status()).isEqualTo(TicketStatus.FORWARDED);
        assertThat(ticket.assignee()).contains(technician.id());
    }

    @Test
    void isNotForwardedToSomeoneWhoIsNoTechnician() {
        Ticket ticket = TicketFixtures.aTicket();

        assertRefused(() -> ticket.forwardTo(StaffFixtures.aSalesPerson()), "ticket.assignee-not-technician");
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void isNotForwardedToSomeoneWhoLeft() {
        Ticket ticket = TicketFixtures.aTicket();
        StaffMember gone = StaffFixtures.aTechnician();
        gone.deactivate();

        assertRefused(() -> ticket.forwardTo(gone), "ticket.assignee-not-technician");
    }

    @Test
    void mayBeForwardedAgainToSomeoneElse() {
        Ticket ticket = TicketFixtures.aTicket();
        StaffMember second = StaffFixtures.aTechnician();
        ticket.forwardTo(StaffFixtures.aTechnician());

        ticket.forwardTo(second);

        assertThat(ticket.assignee()).contains(second.id());
    }

    @Test
    void isStartedOnlyByItsAssignee() {
        Ticket ticket = TicketFixtures.aTicket();
        StaffMember technician = StaffFixtures.aTechnician();
        ticket.forwardTo(technician);

        assertRefused(() -> ticket.start(StaffFixtures.aTechnician().id()), "ticket.not-assignee");
        ticket.start(technician.id());

        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void cannotBeResolvedBeforeItWasForwarded() {
        Ticket ticket = TicketFixtures.aTicket();

        assertThatThrownBy(ticket::resolve)
                .isInstanceOf(DomainException.class)
                .extracting("code", "args")
                .containsExactly(
                        "ticket.invalid-transition",
                        java.util.List.of(ticket.number().toString(), TicketStatus.NEW, TicketStatus.RESOLVED));
    }

    @Test
    void isReopenedAfterBeingResolvedButNotAfterBeingClosed() {
        Ticket ticket = TicketFixtures.aTicket();
        ticket.forwardTo(StaffFixtures.aTechnician());
        ticket.resolve();

        ticket.reopen();
        ticket.resolve();
        ticket.close();

        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertRefused(ticket::reopen, "ticket.closed");
    }

    @Test
    void keepsItsDescriptionEditableUntilClosed() {
        Ticket ticket = TicketFixtures.aTicket();

        ticket.describe("  Kunde meldet Papierstau, Termin Do 10 Uhr  ");

        assertThat(ticket.description()).isEqualTo("Kunde meldet Papierstau, Termin Do 10 Uhr");
        ticket.forwardTo(StaffFixtures.aTechnician());
        ticket.resolve();
        ticket.close();
        assertRefused(() -> ticket.describe("zu spät"), "ticket.closed");
    }

    @Test
    void refusesADescriptionLongerThanAPersonReads() {
        Ticket ticket = TicketFixtures.aTicket();

        assertRefused(() -> ticket.describe("x".repeat(Ticket.MAX_DESCRIPTION + 1)), "ticket.description-too-long");
    }

    @Test
    void countsResolvedAndClosedTicketsAsNoLongerOpen() {
        assertThat(TicketStatus.NEW.isOpen()).isTrue();
        assertThat(TicketStatus.IN_PROGRESS.isOpen()).isTrue();
        assertThat(TicketStatus.RESOLVED.isOpen()).isFalse();
        assertThat(TicketStatus.CLOSED.isOpen()).isFalse();
    }
}
