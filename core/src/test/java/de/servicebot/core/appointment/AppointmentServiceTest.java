package de.servicebot.core.appointment;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.World;
import de.servicebot.core.creation.ForwardTicket;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.AppointmentCancelled;
import de.servicebot.core.ticket.AppointmentSet;
import de.servicebot.core.ticket.ResolveTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketAction;
import de.servicebot.core.ticket.TicketHistory;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppointmentServiceTest {

    private static final LocalDateTime FRIDAY_TEN = LocalDateTime.of(2026, 11, 27, 10, 0);
    private static final LocalDateTime MONDAY_NINE = LocalDateTime.of(2026, 11, 30, 9, 0);

    private final World world = new World();

    @Test
    void salesSetsAnOnSiteAppointmentAndTheTechnicianIsToldButNotTheCustomerUnlessTicked() {
        Ticket ticket = world.forwardedTicket();

        Ticket scheduled = world.appointments.schedule(
                new ScheduleAppointment(ticket.id(), Appointment.onSite(FRIDAY_TEN), false), world.sales);

        assertThat(scheduled.appointment()).contains(Appointment.onSite(FRIDAY_TEN));
        assertThat(world.notifier.sentAs(NotificationTemplate.APPOINTMENT_CONFIRMED))
                .isEmpty();
        Notification told =
                world.notifier.sentAs(NotificationTemplate.APPOINTMENT_CHANGED).get(0);
        assertThat(told.recipient()).isEqualTo(new Recipient.Mail(world.technician.email(), world.technician.name()));
        assertThat(told.values())
                .containsEntry("changedBy", world.sales.name())
                .containsEntry("appointment", "Freitag, 27.11.2026, 10:00 Uhr, vor Ort")
                .doesNotContainKey("previous");
    }

    @Test
    void movingTellsTheCustomerWhenTickedWithTheOldAndTheNewAppointmentInTheirLanguage() {
        Ticket ticket = world.forwardedTicket();
        world.appointments.schedule(
                new ScheduleAppointment(ticket.id(), Appointment.onSite(FRIDAY_TEN), false), world.technician);

        world.appointments.schedule(
                new ScheduleAppointment(ticket.id(), Appointment.remote(MONDAY_NINE), true), world.technician);

        Notification mail = world.notifier
                .sentAs(NotificationTemplate.APPOINTMENT_CONFIRMED)
                .get(0);
        assertThat(mail.recipient())
                .isEqualTo(new Recipient.Mail(world.anna.email().orElseThrow(), world.anna.name()));
        assertThat(mail.values())
                .containsEntry("appointment", "Montag, 30.11.2026, 09:00 Uhr, per Fernwartung")
                .containsEntry("previous", "Freitag, 27.11.2026, 10:00 Uhr, vor Ort");
        assertThat(world.notifier.sentAs(NotificationTemplate.APPOINTMENT_CHANGED))
                .as("the technician moved it themselves")
                .isEmpty();
    }

    @Test
    void cancellingForgetsTheAppointmentTellsTheCustomerWhenTickedAndPublishesIt() {
        List<Object> seen = new ArrayList<>();
        world.events.subscribe(AppointmentCancelled.class, seen::add);
        Ticket ticket = world.forwardedTicket();
        world.appointments.schedule(
                new ScheduleAppointment(ticket.id(), Appointment.onSite(FRIDAY_TEN), false), world.sales);

        Ticket cancelled = world.appointments.cancel(ticket.id(), true, world.sales);

        assertThat(cancelled.appointment()).isEmpty();
        assertThat(world.notifier.sentAs(NotificationTemplate.APPOINTMENT_CANCELLED))
                .singleElement()
                .satisfies(mail ->
                        assertThat(mail.values()).containsEntry("previous", "Freitag, 27.11.2026, 10:00 Uhr, vor Ort"));
        assertThat(world.notifier.sentAs(NotificationTemplate.APPOINTMENT_CHANGED))
                .last()
                .satisfies(told -> assertThat(told.values()).doesNotContainKey("appointment"));
        assertThat(seen).singleElement().isInstanceOf(AppointmentCancelled.class);
        assertRefused(() -> world.appointments.cancel(ticket.id(), false, world.sales), "ticket.no-appointment");
    }

    @Test
    void everyChangeIsInTheHistoryWithTheAppointment() {
        Ticket ticket = world.forwardedTicket();
        world.appointments.schedule(
                new ScheduleAppointment(ticket.id(), Appointment.onSite(FRIDAY_TEN), false), world.sales);
        world.appointments.schedule(
                new ScheduleAppointment(ticket.id(), Appointment.remote(MONDAY_NINE), true), world.sales);
        world.appointments.cancel(ticket.id(), false, world.sales);

        List<TicketHistory.Entry> entries =
                world.tickets.history(ticket.id(), 0, world.sales).entries();

        assertThat(entries.subList(0, 3))
                .extracting(
                        TicketHistory.Entry::action,
                        e -> e.appointment().map(Appointment::start),
                        TicketHistory.Entry::customerMailed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                TicketHistory.APPOINTMENT_CANCELLED, Optional.of(MONDAY_NINE), false),
                        org.assertj.core.groups.Tuple.tuple(
                                TicketHistory.APPOINTMENT_MOVED, Optional.of(MONDAY_NINE), true),
                        org.assertj.core.groups.Tuple.tuple(
                                TicketHistory.APPOINTMENT_SET, Optional.of(FRIDAY_TEN), false));
    }

    @Test
    void refusesAnAppointmentInThePastOneUnchangedAndOneTheCustomerCannotBeMailedAbout() {
        Ticket ticket = world.forwardedTicket();

        assertRefused(
                () -> world.appointments.schedule(
                        new ScheduleAppointment(
                                ticket.id(), Appointment.onSite(LocalDateTime.of(2026, 11, 25, 10, 0)), false),
                        world.sales),
                "ticket.appointment-in-past");
        world.appointments.schedule(
                new ScheduleAppointment(ticket.id(), Appointment.onSite(FRIDAY_TEN), false), world.sales);
        assertRefused(
                () -> world.appointments.schedule(
                        new ScheduleAppointment(ticket.id(), Appointment.onSite(FRIDAY_TEN), false), world.sales),
                "ticket.appointment-unchanged");

        Ticket forLena = world.creation.open(world.printerTicket(world.withoutEmail), world.sales);
        world.creation.forward(
                new ForwardTicket(forLena.id(), world.technician.id(), false, Optional.empty(), "", Optional.empty()),
                world.sales);
        assertRefused(
                () -> world.appointments.schedule(
                        new ScheduleAppointment(forLena.id(), Appointment.onSite(FRIDAY_TEN), true), world.sales),
                "ticket.contact-without-email");
        assertThat(world.repos.tickets().findById(forLena.id()).orElseThrow().appointment())
                .isEmpty();
    }

    @Test
    void onlyForwardedOpenTicketsHaveAppointmentsAndBackOfficeSetsNone() {
        Ticket fresh = world.openedTicket();
        assertRefused(
                () -> world.appointments.schedule(
                        new ScheduleAppointment(fresh.id(), Appointment.onSite(FRIDAY_TEN), false), world.sales),
                "ticket.appointment-not-allowed");

        Ticket forwarded = world.forwardedTicket();
        assertRefused(
                () -> world.appointments.schedule(
                        new ScheduleAppointment(forwarded.id(), Appointment.onSite(FRIDAY_TEN), false),
                        world.backOffice),
                "ticket.appointment-not-allowed");
        assertThat(world.tickets.actions(forwarded, world.backOffice)).doesNotContain(TicketAction.SCHEDULE);
        assertThat(world.tickets.actions(forwarded, world.sales))
                .contains(TicketAction.SCHEDULE)
                .doesNotContain(TicketAction.CANCEL_APPOINTMENT);

        world.tickets.resolve(new ResolveTicket(forwarded.id(), "Toner getauscht", false), world.technician);
        assertRefused(
                () -> world.appointments.schedule(
                        new ScheduleAppointment(forwarded.id(), Appointment.onSite(FRIDAY_TEN), false), world.sales),
                "ticket.appointment-not-allowed");
    }

    @Test
    void theAssigneeMaySetTheirOwnAppointmentEvenWithoutTheForwardingRight() {
        StaffMember onlyTechnician = world.repos.staff().save(StaffFixtures.aStaffMember("Tom Tech", Role.TECHNICIAN));
        Ticket ticket = world.openedTicket();
        world.creation.forward(ForwardTicket.to(ticket.id(), onlyTechnician.id()), world.sales);
        List<AppointmentSet> seen = new ArrayList<>();
        world.events.subscribe(AppointmentSet.class, seen::add);

        world.appointments.schedule(
                new ScheduleAppointment(ticket.id(), Appointment.remote(FRIDAY_TEN), false), onlyTechnician);

        assertThat(seen).singleElement().satisfies(set -> {
            assertThat(set.appointment()).isEqualTo(Appointment.remote(FRIDAY_TEN));
            assertThat(set.replaced()).isEmpty();
        });
    }

    @Test
    void aForwardThatAgreesAnAppointmentRecordsItInTheHistory() {
        Ticket ticket = world.openedTicket();
        world.creation.forward(
                new ForwardTicket(
                        ticket.id(),
                        world.technician.id(),
                        false,
                        Optional.of(Appointment.onSite(FRIDAY_TEN)),
                        "",
                        Optional.empty()),
                world.sales);

        assertThat(world.tickets.history(ticket.id(), 0, world.sales).entries())
                .extracting(TicketHistory.Entry::action)
                .contains(TicketHistory.APPOINTMENT_SET, "ticket.forwarded");
    }
}
