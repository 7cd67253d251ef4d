package de.servicebot.core.ticket;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.World;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketServiceTest {

    private final World world = new World();

    @Test
    void findsATicketByItsNumberWithOrWithoutPrefix() {
        Ticket ticket = world.openedTicket();

        for (String typed : List.of("T-2026-00001", "t-2026-1", "2026-1", "1", "#1", " 00001 ")) {
            assertThat(world.tickets.find(typed, world.backOffice).id())
                    .as(typed)
                    .isEqualTo(ticket.id());
        }
    }

    @Test
    void saysWhenANumberIsNoNumberOrNoTicket() {
        assertRefused(() -> world.tickets.find("drucker", world.sales), "ticket.number-invalid");
        assertRefused(() -> world.tickets.find("T-2026-00999", world.sales), "ticket.not-found");
    }

    @Test
    void listsMyOpenTickets() {
        Ticket mine = world.forwardedTicket();
        world.openedTicket();

        assertThat(world.tickets.mine(world.technician)).extracting(Ticket::id).containsExactly(mine.id());
        assertThat(world.tickets.mine(world.sales)).isEmpty();
        assertThat(world.tickets.ofCustomer(world.customer.id(), world.backOffice))
                .hasSize(2);
    }

    @Test
    void refusesToResolveANewTicketAndPublishesNothing() {
        List<TicketResolved> seen = new java.util.ArrayList<>();
        world.events.subscribe(TicketResolved.class, seen::add);
        Ticket fresh = world.openedTicket();

        assertRefused(
                () -> world.tickets.resolve(
                        new de.servicebot.core.ticket.ResolveTicket(fresh.id(), "Toner getauscht", false),
                        world.technician),
                "ticket.invalid-transition");
        assertThat(world.repos.tickets().findById(fresh.id()).orElseThrow().status())
                .isEqualTo(TicketStatus.NEW);
        assertThat(seen).isEmpty();
    }

    @Test
    void publishesTheResolvedTicket() {
        List<TicketResolved> seen = new java.util.ArrayList<>();
        world.events.subscribe(TicketResolved.class, seen::add);
        Ticket forwarded = world.forwardedTicket();

        world.tickets.resolve(
                new de.servicebot.core.ticket.ResolveTicket(forwarded.id(), "Toner getauscht", false),
                world.technician);

        assertThat(seen).singleElement().satisfies(e -> {
            assertThat(e.ticket().status()).isEqualTo(TicketStatus.RESOLVED);
            assertThat(e.by().id()).isEqualTo(world.technician.id());
        });
    }

    @Test
    void tellsTheCreatorWhatWasDoneAndTheCustomerOnlyWhenTicked() {
        Ticket forwarded = world.forwardedTicket();

        world.tickets.resolve(new ResolveTicket(forwarded.id(), "Toner getauscht", false), world.technician);

        Notification told =
                world.notifier.sentAs(NotificationTemplate.TICKET_RESOLVED).get(0);
        assertThat(told.recipient()).isEqualTo(new Recipient.Mail(world.sales.email(), world.sales.name()));
        assertThat(told.values())
                .containsEntry("resolution", "Toner getauscht")
                .containsEntry("resolvedBy", world.technician.name());
        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_SOLVED)).isEmpty();
        assertThat(world.repos
                        .tickets()
                        .findById(forwarded.id())
                        .orElseThrow()
                        .handling()
                        .resolution())
                .isEqualTo("Toner getauscht");
    }

    @Test
    void tellsTheSalespersonWhoLooksAfterTheCustomerToo() {
        StaffMember sonja = world.repos.staff().save(StaffFixtures.aStaffMember("Sonja Sales", Role.SALES));
        de.servicebot.core.customer.Customer customer =
                world.repos.customers().findById(world.customer.id()).orElseThrow();
        customer.lookedAfterBy(sonja.id());
        world.repos.customers().save(customer);
        Ticket forwarded = world.forwardedTicket();

        world.tickets.resolve(new ResolveTicket(forwarded.id(), "Toner getauscht", false), world.technician);

        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_RESOLVED))
                .extracting(Notification::recipient)
                .contains(
                        new Recipient.Mail(world.sales.email(), world.sales.name()),
                        new Recipient.Mail(sonja.email(), sonja.name()));
    }

    @Test
    void theSalespersonWhoOpenedTheTicketIsToldOnce() {
        de.servicebot.core.customer.Customer customer =
                world.repos.customers().findById(world.customer.id()).orElseThrow();
        customer.lookedAfterBy(world.sales.id());
        world.repos.customers().save(customer);
        Ticket forwarded = world.forwardedTicket();

        world.tickets.resolve(new ResolveTicket(forwarded.id(), "Toner getauscht", false), world.technician);

        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_RESOLVED))
                .filteredOn(n -> n.recipient() instanceof Recipient.Mail)
                .hasSize(1);
    }

    @Test
    void tellsTheCustomerWhenTheResolverTicksIt() {
        Ticket forwarded = world.forwardedTicket();

        world.tickets.resolve(new ResolveTicket(forwarded.id(), "Toner getauscht", true), world.technician);

        Notification solved =
                world.notifier.sentAs(NotificationTemplate.TICKET_SOLVED).get(0);
        assertThat(solved.recipient())
                .isEqualTo(new Recipient.Mail(world.anna.email().orElseThrow(), "Anna Berger"));
        assertThat(solved.values().values()).noneMatch(v -> v.contains("Toner getauscht"));
    }

    @Test
    void refusesToResolveWithoutANoteOrBySomeoneElsesTechnician() {
        Ticket forwarded = world.forwardedTicket();
        StaffMember other = world.repos.staff().save(StaffFixtures.aStaffMember("Tom Technik", Role.TECHNICIAN));

        assertRefused(
                () -> world.tickets.resolve(new ResolveTicket(forwarded.id(), " ", false), world.technician),
                "ticket.resolution-missing");
        assertRefused(
                () -> world.tickets.resolve(new ResolveTicket(forwarded.id(), "erledigt", false), other),
                "ticket.resolve-not-allowed");
        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_RESOLVED)).isEmpty();
        world.tickets.resolve(new ResolveTicket(forwarded.id(), "erledigt", false), world.admin);
    }

    @Test
    void reopensWithAReasonAuditedAndTellsTheAssignee() {
        Ticket forwarded = world.forwardedTicket();
        world.tickets.resolve(new ResolveTicket(forwarded.id(), "Toner getauscht", false), world.technician);

        Ticket reopened = world.tickets.reopen(forwarded.id(), "Druckt wieder streifig", world.sales);

        assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(world.repos.audit().about(forwarded.id().toString()))
                .filteredOn(e -> e.action().equals("ticket.reopened"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.details()).isEqualTo("Druckt wieder streifig");
                    assertThat(e.by()).isEqualTo(world.sales.id());
                });
        Notification told =
                world.notifier.sentAs(NotificationTemplate.TICKET_REOPENED).get(0);
        assertThat(told.recipient()).isEqualTo(new Recipient.Mail(world.technician.email(), world.technician.name()));
        assertThat(told.values()).containsEntry("reason", "Druckt wieder streifig");
        assertRefused(() -> world.tickets.reopen(forwarded.id(), "nochmal", world.sales), "ticket.not-resolved");
    }

    @Test
    void tellsTheHistoryNewestFirstWithNamesAndWhatPeopleWrote() {
        Ticket ticket = world.openedTicket();
        world.creation.forward(
                new de.servicebot.core.creation.ForwardTicket(
                        ticket.id(),
                        world.technician.id(),
                        false,
                        java.util.Optional.empty(),
                        "",
                        "Toner mitnehmen",
                        java.util.Optional.empty()),
                world.sales);
        world.tickets.resolve(new ResolveTicket(ticket.id(), "Toner getauscht", false), world.technician);
        world.tickets.reopen(ticket.id(), "Druckt streifig", world.sales);

        TicketHistory history = world.tickets.history(ticket.id(), 0, world.backOffice);

        assertThat(history.entries())
                .extracting(TicketHistory.Entry::action, TicketHistory.Entry::by, TicketHistory.Entry::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ticket.reopened", "Vera Vertrieb", "Druckt streifig"),
                        org.assertj.core.groups.Tuple.tuple("ticket.resolved", "Tim Technik", "Toner getauscht"),
                        org.assertj.core.groups.Tuple.tuple("ticket.forwarded", "Vera Vertrieb", "Toner mitnehmen"),
                        org.assertj.core.groups.Tuple.tuple("ticket.opened", "Vera Vertrieb", ""));
        assertThat(history.entries().get(2).to()).contains("Tim Technik");
        assertThat(history.more()).isFalse();
    }

    @Test
    void pagesALongHistory() {
        Ticket ticket = world.forwardedTicket();
        for (int i = 0; i < 12; i++) {
            world.tickets.resolve(new ResolveTicket(ticket.id(), "Versuch " + i, false), world.technician);
            world.tickets.reopen(ticket.id(), "Noch nicht " + i, world.sales);
        }

        TicketHistory first = world.tickets.history(ticket.id(), 0, world.sales);
        TicketHistory last = world.tickets.history(ticket.id(), 2, world.sales);

        assertThat(first.entries()).hasSize(TicketHistory.PAGE);
        assertThat(first.entries().get(0).text()).isEqualTo("Noch nicht 11");
        assertThat(first.more()).isTrue();
        assertThat(last.entries()).extracting(TicketHistory.Entry::action).endsWith("ticket.opened");
        assertThat(last.more()).isFalse();
    }
}
