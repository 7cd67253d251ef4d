package de.servicebot.core.ticket;

import static de.servicebot.core.ticket.TicketAction.ASK_DELIVERY_NOTE;
import static de.servicebot.core.ticket.TicketAction.CANCEL_APPOINTMENT;
import static de.servicebot.core.ticket.TicketAction.DELIVERY_NOTE;
import static de.servicebot.core.ticket.TicketAction.FORWARD;
import static de.servicebot.core.ticket.TicketAction.LOG_CALL;
import static de.servicebot.core.ticket.TicketAction.LOG_TIME;
import static de.servicebot.core.ticket.TicketAction.RECORD_MATERIAL;
import static de.servicebot.core.ticket.TicketAction.REOPEN;
import static de.servicebot.core.ticket.TicketAction.RESOLVE;
import static de.servicebot.core.ticket.TicketAction.SCHEDULE;
import static de.servicebot.core.ticket.TicketAction.VIEW_CHECKLISTS;
import static de.servicebot.core.ticket.TicketAction.VIEW_TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketActionTest {

    private final StaffMember technician = StaffFixtures.aTechnician();

    @Test
    void aNewTicketOffersNobodyToResolveIt() {
        Ticket fresh = TicketFixtures.aTicket();

        for (Role role : Role.values()) {
            assertThat(TicketAction.allowed(fresh, StaffFixtures.aStaffMember("Jemand", role)))
                    .as(role.name())
                    .doesNotContain(RESOLVE);
        }
    }

    @Test
    void offersEachRoleWhatItMayDoOnAForwardedTicket() {
        Ticket ticket = forwarded();

        assertThat(TicketAction.allowed(ticket, StaffFixtures.aSalesPerson()))
                .containsExactly(FORWARD, SCHEDULE, LOG_TIME, LOG_CALL, VIEW_TIMES, VIEW_CHECKLISTS, DELIVERY_NOTE);
        assertThat(TicketAction.allowed(ticket, technician))
                .containsExactly(
                        FORWARD, SCHEDULE, LOG_TIME, LOG_CALL, VIEW_TIMES, VIEW_CHECKLISTS, RESOLVE, RECORD_MATERIAL);
        assertThat(TicketAction.allowed(ticket, StaffFixtures.aStaffMember("Ines", Role.BACKOFFICE)))
                .containsExactly(LOG_CALL, VIEW_TIMES, VIEW_CHECKLISTS);
        assertThat(TicketAction.allowed(ticket, StaffFixtures.anAdmin()))
                .containsExactly(
                        FORWARD,
                        SCHEDULE,
                        LOG_TIME,
                        LOG_CALL,
                        VIEW_TIMES,
                        VIEW_CHECKLISTS,
                        RESOLVE,
                        RECORD_MATERIAL,
                        DELIVERY_NOTE);
        assertThat(TicketAction.allowed(ticket, StaffFixtures.aTechnician()))
                .as("another technician")
                .containsExactly(FORWARD, SCHEDULE, LOG_TIME, LOG_CALL, VIEW_TIMES, VIEW_CHECKLISTS, RECORD_MATERIAL);
    }

    @Test
    void offersToCancelOnlyAnAppointmentThatExists() {
        Ticket ticket = forwarded();
        ticket.schedule(
                Appointment.remote(java.time.LocalDateTime.of(2026, 11, 27, 10, 0)), StaffFixtures.aSalesPerson());

        assertThat(TicketAction.allowed(ticket, technician))
                .contains(SCHEDULE, CANCEL_APPOINTMENT)
                .as("a remote appointment needs no delivery note")
                .doesNotContain(ASK_DELIVERY_NOTE);
        ticket.schedule(
                Appointment.onSite(java.time.LocalDateTime.of(2026, 11, 27, 11, 0)), StaffFixtures.aSalesPerson());
        assertThat(TicketAction.allowed(ticket, technician)).contains(ASK_DELIVERY_NOTE);
        assertThat(TicketAction.allowed(ticket, StaffFixtures.aStaffMember("Ines", Role.BACKOFFICE)))
                .doesNotContain(SCHEDULE, CANCEL_APPOINTMENT);
    }

    @Test
    void aResolvedTicketCanNoLongerBeForwardedOrResolvedButReopened() {
        Ticket ticket = forwarded();
        ticket.resolve("Toner getauscht", de.servicebot.core.staff.StaffFixtures.anAdmin());

        assertThat(TicketAction.allowed(ticket, technician))
                .as("time and material are still recorded until the ticket is closed")
                .containsExactly(LOG_TIME, LOG_CALL, VIEW_TIMES, VIEW_CHECKLISTS, REOPEN, RECORD_MATERIAL);
        assertThat(TicketAction.allowed(ticket, StaffFixtures.aStaffMember("Ines", Role.BACKOFFICE)))
                .containsExactly(LOG_CALL, VIEW_TIMES, VIEW_CHECKLISTS);
    }

    @Test
    void aClosedTicketTakesNoMoreTime() {
        Ticket ticket = forwarded();
        ticket.resolve("Toner getauscht", de.servicebot.core.staff.StaffFixtures.anAdmin());
        ticket.close();

        assertThat(TicketAction.allowed(ticket, technician)).containsExactly(LOG_CALL, VIEW_TIMES, VIEW_CHECKLISTS);
        assertThat(TicketAction.allowed(ticket, StaffFixtures.anAdmin()))
                .containsExactly(LOG_CALL, VIEW_TIMES, VIEW_CHECKLISTS, REOPEN);
    }

    @Test
    void someoneWhoLeftIsOfferedNothing() {
        StaffMember left = StaffFixtures.aTechnician();
        left.deactivate();

        assertThat(TicketAction.allowed(forwarded(), left)).isEmpty();
    }

    @Test
    void offersForwardingAndResolvingExactlyWhenTheLifecycleAllowsThem() {
        for (TicketStatus status : TicketStatus.values()) {
            Ticket ticket = inStatus(status);
            EnumSet<TicketAction> offered = EnumSet.copyOf(TicketAction.allowed(ticket, StaffFixtures.anAdmin()));

            assertThat(offered.contains(RESOLVE)).as(status.name()).isEqualTo(status.canMoveTo(TicketStatus.RESOLVED));
            assertThat(offered.contains(FORWARD)).as(status.name()).isEqualTo(status.canMoveTo(TicketStatus.FORWARDED));
        }
    }

    private Ticket forwarded() {
        Ticket ticket = TicketFixtures.aTicket();
        ticket.forwardTo(technician);
        return ticket;
    }

    private Ticket inStatus(TicketStatus status) {
        Ticket ticket = TicketFixtures.aTicket();
        return Ticket.restore(
                ticket.id(),
                ticket.number(),
                ticket.content(),
                status,
                Optional.of(technician.id()),
                Optional.empty(),
                TicketHandling.NONE,
                ticket.createdBy(),
                ticket.createdAt(),
                0);
    }
}
