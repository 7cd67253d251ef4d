package de.servicebot.core.ticket;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.catalog.CategoryId;
import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.customer.ContactId;
import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import java.time.Instant;
import java.util.Optional;
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

        assertThatThrownBy(() -> ticket.resolve("Toner getauscht", StaffFixtures.anAdmin()))
                .isInstanceOf(DomainException.class)
                .extracting("code", "args")
                .containsExactly(
                        "ticket.invalid-transition",
                        java.util.List.of(ticket.number().toString(), TicketStatus.NEW, TicketStatus.RESOLVED));
    }

    @Test
    void isReopenedAfterBeingResolvedAndAfterBeingClosedOnlyByAnAdmin() {
        Ticket ticket = TicketFixtures.aTicket();
        StaffMember technician = StaffFixtures.aTechnician();
        ticket.forwardTo(technician);
        ticket.resolve("Toner getauscht", technician);

        assertThat(ticket.reopen("  Drucker streikt wieder  ", StaffFixtures.aSalesPerson()))
                .isEqualTo("Drucker streikt wieder");
        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.handling().resolution()).isEmpty();
        ticket.resolve("Trommel getauscht", technician);
        ticket.close();

        assertRefused(() -> ticket.reopen("noch einmal", technician), "ticket.reopen-not-allowed");
        ticket.reopen("Kundin meldet sich erneut", StaffFixtures.anAdmin());
        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void isResolvedOnlyByItsAssigneeOrAnAdminAndOnlyWithWhatWasDone() {
        Ticket ticket = TicketFixtures.aTicket();
        StaffMember technician = StaffFixtures.aTechnician();
        ticket.forwardTo(technician);

        assertRefused(() -> ticket.resolve("erledigt", StaffFixtures.aTechnician()), "ticket.resolve-not-allowed");
        assertRefused(() -> ticket.resolve("   ", technician), "ticket.resolution-missing");
        assertRefused(() -> ticket.resolve("x".repeat(Ticket.MAX_NOTE + 1), technician), "ticket.resolution-too-long");
        assertThat(ticket.status()).isEqualTo(TicketStatus.FORWARDED);

        ticket.resolve(" Toner getauscht ", technician);

        assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(ticket.handling().resolution()).isEqualTo("Toner getauscht");
        assertThat(ticket.resolvableBy(StaffFixtures.anAdmin())).isFalse();
    }

    @Test
    void isReopenedOnlyWithAReasonAndNotByTheBackOffice() {
        Ticket ticket = TicketFixtures.aTicket();
        StaffMember technician = StaffFixtures.aTechnician();
        ticket.forwardTo(technician);
        assertRefused(() -> ticket.reopen("zu früh", technician), "ticket.not-resolved");
        ticket.resolve("Toner getauscht", technician);

        assertRefused(() -> ticket.reopen(" ", technician), "ticket.reopen-reason-missing");
        assertRefused(
                () -> ticket.reopen("Druckt schief", StaffFixtures.aStaffMember("Ines", Role.BACKOFFICE)),
                "ticket.reopen-not-allowed");
        assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void offersTheCustomersReceiptByDefaultOnlyUntilOneWentOut() {
        Ticket ticket = TicketFixtures.aTicket();
        assertThat(ticket.receiptByDefault()).isTrue();

        ticket.forwardTo(StaffFixtures.aTechnician(), Optional.empty(), "Kundin ist ab 9 Uhr da");
        Instant first = Instant.parse("2026-12-02T09:14:00Z");
        ticket.receiptSent(first);
        ticket.receiptSent(first.plusSeconds(3600));

        assertThat(ticket.receiptByDefault()).isFalse();
        assertThat(ticket.handling().receiptSentAt()).contains(first);
        assertThat(ticket.handling().note()).isEqualTo("Kundin ist ab 9 Uhr da");
    }

    @Test
    void keepsTheInternalNoteOfTheLastForwardAndRefusesOneTooLong() {
        Ticket ticket = TicketFixtures.aTicket();
        ticket.forwardTo(StaffFixtures.aTechnician(), Optional.empty(), "Toner mitnehmen");
        ticket.forwardTo(StaffFixtures.aTechnician(), Optional.empty(), "");

        assertThat(ticket.handling().note()).isEmpty();
        assertRefused(
                () -> ticket.forwardTo(StaffFixtures.aTechnician(), Optional.empty(), "x".repeat(Ticket.MAX_NOTE + 1)),
                "ticket.note-too-long");
    }

    @Test
    void keepsItsDescriptionEditableUntilClosed() {
        Ticket ticket = TicketFixtures.aTicket();

        ticket.describe("  Kunde meldet Papierstau, Termin Do 10 Uhr  ");

        assertThat(ticket.description()).isEqualTo("Kunde meldet Papierstau, Termin Do 10 Uhr");
        ticket.forwardTo(StaffFixtures.aTechnician());
        ticket.resolve("Toner getauscht", de.servicebot.core.staff.StaffFixtures.anAdmin());
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
