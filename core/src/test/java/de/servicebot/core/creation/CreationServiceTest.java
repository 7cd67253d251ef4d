package de.servicebot.core.creation;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.World;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.customer.CustomerFixtures;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketStatus;
import de.servicebot.core.time.TimeEntry;
import de.servicebot.core.time.WorkDuration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreationServiceTest {

    private static final LocalDateTime FRIDAY_TEN = LocalDateTime.of(2026, 11, 27, 10, 0);

    private final World world = new World();

    @Test
    void opensWithTheTicketNeuTemplateFilledIn() {
        Ticket ticket = world.openedTicket();

        assertThat(ticket.description())
                .isEqualTo("Kunde: Müller Maschinenbau GmbH\nAnsprechpartner: Anna Berger\n"
                        + "Aufgenommen am 26.11.2026 von Vera Vertrieb\nAnliegen:");
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.createdBy()).isEqualTo(world.sales.id());
        assertThat(world.repos.tickets().findById(ticket.id())).isPresent();
    }

    @Test
    void offersTheTicketNeuTextWithDateAndCreatorAndKeepsTheRestToFill() {
        String text = world.creation.newTicketText(world.technician);

        assertThat(text).contains("Kunde: {{Kunde}}").contains("Aufgenommen am 26.11.2026 von Tim Technik");
    }

    @Test
    void keepsAnEditedDescriptionAndFillsTheMissingPlaceholders() {
        OpenTicket edited = new OpenTicket(
                world.customer.id(),
                world.anna.id(),
                world.type.id(),
                world.category.id(),
                "Toner",
                "Kunde: {{Kunde}}\nTermin: Freitag vor Ort, {{Unbekannt}} bleibt");

        Ticket ticket = world.creation.open(edited, world.sales);

        assertThat(ticket.description())
                .isEqualTo("Kunde: Müller Maschinenbau GmbH\nTermin: Freitag vor Ort, {{Unbekannt}} bleibt");
    }

    @Test
    void numbersTicketsWithinTheYear() {
        Ticket first = world.openedTicket();
        Ticket second = world.openedTicket();

        assertThat(first.number()).hasToString("T-2026-00001");
        assertThat(second.number()).hasToString("T-2026-00002");
    }

    @Test
    void refusesAContactOfAnotherCustomer() {
        var foreign = world.repos
                .customers()
                .save(CustomerFixtures.aCustomer("Schmidt Logistik"))
                .contacts()
                .get(0);
        OpenTicket mixed =
                new OpenTicket(world.customer.id(), foreign.id(), world.type.id(), world.category.id(), "x", "");

        assertRefused(() -> world.creation.open(mixed, world.sales), "customer.contact-unknown");
        assertThat(world.tickets.mine(world.sales)).isEmpty();
    }

    @Test
    void refusesATypeThatWasRetired() {
        TicketType retired = world.repos.catalog().save(TicketType.create("Alt").retire());
        OpenTicket old =
                new OpenTicket(world.customer.id(), world.anna.id(), retired.id(), world.category.id(), "x", "");

        assertRefused(() -> world.creation.open(old, world.sales), "ticket.type-unknown");
    }

    @Test
    void letsNeitherTheBackOfficeNorSomeoneWhoLeftCreateTickets() {
        assertRefused(
                () -> world.creation.open(world.printerTicket(world.anna), world.backOffice), "staff.not-permitted");
        world.sales.deactivate();
        assertRefused(() -> world.creation.open(world.printerTicket(world.anna), world.sales), "staff.not-permitted");
    }

    @Test
    void forwardsToTheTechnicianAndSendsTheContactOneReceiptWithTheAppointment() {
        Ticket ticket = world.openedTicket();
        ForwardTicket forward = new ForwardTicket(
                ticket.id(),
                world.technician.id(),
                true,
                Optional.of(Appointment.onSite(FRIDAY_TEN)),
                "Wir bringen Toner mit.",
                Optional.empty());

        Ticket forwarded = world.creation.forward(forward, world.sales);

        assertThat(forwarded.status()).isEqualTo(TicketStatus.FORWARDED);
        assertThat(forwarded.assignee()).contains(world.technician.id());
        assertThat(forwarded.appointment()).contains(Appointment.onSite(FRIDAY_TEN));
        Notification receipt = single(world.notifier.sentAs(NotificationTemplate.TICKET_RECEIVED));
        assertThat(receipt.recipient())
                .isEqualTo(new Recipient.Mail(world.anna.email().orElseThrow(), "Anna Berger"));
        assertThat(receipt.template()).isEqualTo(NotificationTemplate.TICKET_RECEIVED);
        assertThat(receipt.language()).isEqualTo(Language.DE);
        assertThat(receipt.values())
                .containsEntry("ticketNumber", "T-2026-00001")
                .containsEntry("subject", "Drucker druckt nicht")
                .containsEntry("appointment", "Freitag, 27.11.2026, 10:00 Uhr, vor Ort")
                .containsEntry("text", "Wir bringen Toner mit.");
    }

    @Test
    void writesTheReceiptInTheContactsLanguage() {
        Ticket ticket = world.creation.open(world.printerTicket(world.john), world.sales);

        world.creation.forward(
                new ForwardTicket(
                        ticket.id(),
                        world.technician.id(),
                        true,
                        Optional.of(Appointment.onSite(FRIDAY_TEN)),
                        "",
                        Optional.empty()),
                world.sales);

        Notification receipt = single(world.notifier.sentAs(NotificationTemplate.TICKET_RECEIVED));
        assertThat(receipt.language()).isEqualTo(Language.EN);
        assertThat(receipt.values()).containsEntry("appointment", "Friday, 27 November 2026, 10:00, on site");
        assertThat(receipt.values()).doesNotContainKey("text");
    }

    @Test
    void sendsNoReceiptWhenTheCreatorSwitchedTheMailOff() {
        world.forwardedTicket();

        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_RECEIVED)).isEmpty();
    }

    @Test
    void refusesTheReceiptForAContactWithoutEMailAndChangesNothing() {
        Ticket ticket = world.creation.open(world.printerTicket(world.withoutEmail), world.sales);

        assertRefused(
                () -> world.creation.forward(ForwardTicket.to(ticket.id(), world.technician.id()), world.sales),
                "ticket.contact-without-email");
        assertThat(world.repos.tickets().findById(ticket.id()).orElseThrow().status())
                .isEqualTo(TicketStatus.NEW);
        assertThat(world.repos.timeEntries().findByTicket(ticket.id())).isEmpty();
    }

    @Test
    void booksTheCreationAsTicketerstellungOnTheFirstForwardOnly() {
        Ticket ticket = world.openedTicket();
        world.creation.forward(ForwardTicket.to(ticket.id(), world.technician.id()), world.sales);
        var second = world.repos.staff().save(de.servicebot.core.staff.StaffFixtures.aTechnician());

        world.creation.forward(ForwardTicket.to(ticket.id(), second.id()), world.technician);

        TimeEntry creation = single(world.repos.timeEntries().findByTicket(ticket.id()));
        assertThat(creation.work().activity()).isEqualTo("Ticketerstellung");
        assertThat(creation.work().text()).isEqualTo("Ticket T-2026-00001 aufgenommen");
        assertThat(creation.work().duration()).isEqualTo(WorkDuration.ofMinutes(10));
        assertThat(creation.work().workedBy()).isEqualTo(world.sales.id());
    }

    @Test
    void booksTheCreationTimeTheCreatorEntered() {
        Ticket ticket = world.openedTicket();

        world.creation.forward(
                new ForwardTicket(
                        ticket.id(),
                        world.technician.id(),
                        false,
                        Optional.empty(),
                        "",
                        Optional.of(WorkDuration.parse("0:25"))),
                world.sales);

        assertThat(single(world.repos.timeEntries().findByTicket(ticket.id()))
                        .work()
                        .duration()
                        .minutes())
                .isEqualTo(25);
    }

    @Test
    void refusesAnAppointmentInThePast() {
        Ticket ticket = world.openedTicket();
        ForwardTicket yesterday = new ForwardTicket(
                ticket.id(),
                world.technician.id(),
                true,
                Optional.of(Appointment.onSite(LocalDateTime.of(2026, 11, 25, 10, 0))),
                "",
                Optional.empty());

        assertRefused(() -> world.creation.forward(yesterday, world.sales), "ticket.appointment-in-past");
        assertThat(world.notifier.sent()).isEmpty();
    }

    @Test
    void forwardsOnlyToATechnician() {
        Ticket ticket = world.openedTicket();

        assertRefused(
                () -> world.creation.forward(ForwardTicket.to(ticket.id(), world.backOffice.id()), world.sales),
                "ticket.assignee-not-technician");
        assertRefused(
                () -> new ForwardTicket(ticket.id(), null, true, Optional.empty(), "", Optional.empty()),
                "ticket.technician-missing");
    }

    @Test
    void auditsOpeningAndForwarding() {
        Ticket ticket = world.forwardedTicket();

        assertThat(world.repos.audit().about(ticket.id().toString()))
                .extracting(e -> e.action())
                .containsExactly("ticket.opened", "ticket.forwarded");
    }

    @Test
    void tellsTheTechnicianByMailAndChatOnEveryForwardByHand() {
        world.technician.linkTeams("29:tim");
        world.repos.staff().save(world.technician);
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

        List<Notification> told = world.notifier.sentAs(NotificationTemplate.TICKET_ASSIGNED);
        assertThat(told)
                .extracting(Notification::recipient)
                .containsExactlyInAnyOrder(
                        new Recipient.Mail(world.technician.email(), "Tim Technik"),
                        new Recipient.Chat(world.technician.id()));
        assertThat(told.get(0).values())
                .containsEntry("ticketNumber", "T-2026-00001")
                .containsEntry("assignedBy", "Vera Vertrieb")
                .containsEntry("customerName", "Müller Maschinenbau GmbH")
                .containsEntry("appointment", "Freitag, 27.11.2026, 10:00 Uhr, vor Ort")
                .doesNotContainKey("orderNumber");
    }

    @Test
    void tellsTheNextTechnicianWhenTheTicketIsForwardedAgain() {
        Ticket ticket = world.forwardedTicket();
        var second = world.repos.staff().save(de.servicebot.core.staff.StaffFixtures.aTechnician());

        world.creation.forward(ForwardTicket.to(ticket.id(), second.id()), world.technician);

        List<Notification> told = world.notifier.sentAs(NotificationTemplate.TICKET_ASSIGNED);
        assertThat(told)
                .extracting(Notification::recipient)
                .containsExactly(
                        new Recipient.Mail(world.technician.email(), "Tim Technik"),
                        new Recipient.Mail(second.email(), second.name()));
        assertThat(told).extracting(Notification::key).doesNotHaveDuplicates();
        assertThat(told.get(1).values()).containsEntry("assignedBy", "Tim Technik");
    }

    @Test
    void tellsNobodyWhenTheTechnicianTakesTheTicketThemselves() {
        Ticket ticket = world.creation.open(world.printerTicket(world.anna), world.technician);

        world.creation.forward(ForwardTicket.to(ticket.id(), world.technician.id()), world.technician);

        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_ASSIGNED)).isEmpty();
    }

    @Test
    void publishesTheForwardAndTheAppointmentForWhoeverListens() {
        List<Object> seen = new java.util.ArrayList<>();
        world.events.subscribe(de.servicebot.core.ticket.TicketForwarded.class, seen::add);
        world.events.subscribe(de.servicebot.core.ticket.AppointmentSet.class, seen::add);
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

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isInstanceOfSatisfying(de.servicebot.core.ticket.TicketForwarded.class, e -> {
            assertThat(e.technician().id()).isEqualTo(world.technician.id());
            assertThat(e.previous()).isEmpty();
        });
        assertThat(seen.get(1)).isInstanceOfSatisfying(de.servicebot.core.ticket.AppointmentSet.class, e -> assertThat(
                        e.appointment().start())
                .isEqualTo(FRIDAY_TEN));
    }

    @Test
    void publishesNothingWhenAPolicyRefusesTheForward() {
        List<Object> seen = new java.util.ArrayList<>();
        world.events.subscribe(de.servicebot.core.ticket.TicketForwarded.class, seen::add);
        Ticket ticket = world.openedTicket();

        assertRefused(
                () -> world.creation.forward(
                        new ForwardTicket(
                                ticket.id(),
                                world.technician.id(),
                                false,
                                Optional.of(Appointment.onSite(LocalDateTime.of(2026, 11, 25, 10, 0))),
                                "",
                                Optional.empty()),
                        world.sales),
                "ticket.appointment-in-past");
        assertThat(seen).isEmpty();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void sendsTheReceiptOnceByDefaultAndAgainOnlyWhenAskedAndNeverWithTheInternalNote() {
        Ticket ticket = world.openedTicket();
        StaffMember second = world.repos.staff().save(StaffFixtures.aStaffMember("Tom Technik", Role.TECHNICIAN));
        world.creation.forward(
                new ForwardTicket(
                        ticket.id(),
                        world.technician.id(),
                        true,
                        Optional.empty(),
                        "Wir melden uns morgen.",
                        "Kundin ist ab 9 Uhr da, Toner mitnehmen",
                        Optional.empty()),
                world.sales);
        Ticket once = world.repos.tickets().findById(ticket.id()).orElseThrow();
        assertThat(once.receiptByDefault()).isFalse();
        assertThat(once.handling().receiptSentAt()).isPresent();

        world.creation.forward(
                new ForwardTicket(
                        ticket.id(), second.id(), once.receiptByDefault(), Optional.empty(), "", "", Optional.empty()),
                world.sales);

        Notification receipt = single(world.notifier.sentAs(NotificationTemplate.TICKET_RECEIVED));
        assertThat(receipt.values().values()).noneMatch(v -> v.contains("Toner mitnehmen"));
        assertThat(receipt.values()).containsEntry("text", "Wir melden uns morgen.");
        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_ASSIGNED))
                .filteredOn(n -> n.recipient().equals(new Recipient.Chat(world.technician.id()))
                        || n.recipient() instanceof Recipient.Mail mail
                                && mail.address().equals(world.technician.email()))
                .isNotEmpty()
                .allSatisfy(
                        n -> assertThat(n.values()).containsEntry("note", "Kundin ist ab 9 Uhr da, Toner mitnehmen"));
    }

    @Test
    void previewsTheReceiptExactlyAsTheForwardSendsItWithoutTheInternalNote() {
        Ticket ticket = world.openedTicket();

        Notification preview = world.creation
                .receiptPreview(ticket.id(), "Wir melden uns morgen.", world.sales)
                .orElseThrow();
        world.creation.forward(
                new ForwardTicket(
                        ticket.id(),
                        world.technician.id(),
                        true,
                        Optional.empty(),
                        "Wir melden uns morgen.",
                        "Toner mitnehmen",
                        Optional.empty()),
                world.sales);

        Notification sent = single(world.notifier.sentAs(NotificationTemplate.TICKET_RECEIVED));
        assertThat(preview.recipient()).isEqualTo(sent.recipient());
        assertThat(preview.language()).isEqualTo(sent.language());
        assertThat(preview.values()).isEqualTo(sent.values());
        assertThat(preview.values().values()).noneMatch(v -> v.contains("Toner"));
        Ticket noMail = world.creation.open(world.printerTicket(world.withoutEmail), world.sales);
        assertThat(world.creation.receiptPreview(noMail.id(), "", world.sales)).isEmpty();
    }

    @Test
    void tellsThePreviousAssigneeThatTheTicketMovedOn() {
        Ticket ticket = world.forwardedTicket();
        StaffMember second = world.repos.staff().save(StaffFixtures.aStaffMember("Tom Technik", Role.TECHNICIAN));

        world.creation.forward(
                new ForwardTicket(ticket.id(), second.id(), false, Optional.empty(), "", Optional.empty()),
                world.sales);

        Notification moved =
                world.notifier.sentAs(NotificationTemplate.TICKET_REASSIGNED).get(0);
        assertThat(moved.recipient()).isEqualTo(new Recipient.Mail(world.technician.email(), world.technician.name()));
        assertThat(moved.values())
                .containsEntry("assignee", "Tom Technik")
                .containsEntry("assignedBy", "Vera Vertrieb");
        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_ASSIGNED))
                .anyMatch(n -> n.recipient().equals(new Recipient.Mail(second.email(), "Tom Technik")));
    }

    @Test
    void recordsTheInternalNoteInTheHistory() {
        Ticket ticket = world.openedTicket();

        world.creation.forward(
                new ForwardTicket(
                        ticket.id(),
                        world.technician.id(),
                        false,
                        Optional.empty(),
                        "",
                        "Toner mitnehmen",
                        Optional.empty()),
                world.sales);

        assertThat(world.repos.audit().about(ticket.id().toString()))
                .filteredOn(e -> e.action().equals("ticket.forwarded"))
                .singleElement()
                .satisfies(e -> assertThat(e.details()).contains("note=Toner mitnehmen"));
    }
}
