package de.servicebot.core.order;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.World;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.document.DocumentInfo;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderServiceTest {

    static final String AGREEMENTS = "Umzug am Samstag; Geschäftsleitung sagt 2 Stunden Einweisung kostenlos zu.";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final World world = new World();
    private final TicketType baseInstallation =
            world.repos.catalog().save(TicketType.baseInstallation("Grundinstallation"));
    private final TicketType workstation = world.repos.catalog().save(TicketType.create("Arbeitsplatz einrichten"));

    OrderServiceTest() {
        world.checklists.defineTemplate(
                baseInstallation.id(),
                "Server",
                List.of(ChecklistItem.required("Server einbauen"), ChecklistItem.required("Backup einrichten")),
                world.admin);
        world.checklists.defineTemplate(
                workstation.id(),
                "Arbeitsplatz",
                List.of(ChecklistItem.required("Rechner aufstellen").withEvidence("Seriennummer")),
                world.admin);
    }

    private Order received() {
        return world.orders.receive(new NewOrder(
                "AB-2026-0815",
                world.customer.number(),
                List.of(
                        new OrderPosition("Server Dell R660", new BigDecimal("1"), "Stück"),
                        new OrderPosition("Patchkabel 2 m", new BigDecimal("2"), "Beutel à 10")),
                AGREEMENTS));
    }

    private OrderTickets both(Order order, String description) {
        return new OrderTickets(
                order.id(),
                world.anna.id(),
                world.category.id(),
                List.of(
                        new PlannedTicket(
                                baseInstallation.id(),
                                "Grundinstallation",
                                "Server aufbauen.\n" + AGREEMENTS,
                                Optional.of(world.technician.id())),
                        new PlannedTicket(workstation.id(), "Arbeitsplätze", description, Optional.empty())),
                0,
                false);
    }

    @Test
    void receivesAnOrderForAKnownCustomer() {
        Order order = received();

        assertThat(order.customerId()).isEqualTo(world.customer.id());
        assertThat(order.positions()).extracting(OrderPosition::unit).containsExactly("Stück", "Beutel à 10");
        assertThat(world.repos.orders().findByNumber("AB-2026-0815")).isPresent();
    }

    @Test
    void refusesAnOrderOfAnUnknownCustomerOrWithATakenNumber() {
        assertRefused(
                () -> world.orders.receive(
                        new NewOrder("AB-1", "K-99999", List.of(new OrderPosition("X", BigDecimal.ONE, "Stück")), "")),
                "order.customer-unknown");
        received();
        assertRefused(this::received, "order.number-taken");
    }

    @Test
    void refusesPositionsWithoutQuantityOrUnit() {
        assertRefused(() -> new OrderPosition("Maus", BigDecimal.ZERO, "Stück"), "order.quantity-invalid");
        assertRefused(() -> new OrderPosition("Maus", BigDecimal.ONE, " "), "order.unit-missing");
        assertRefused(() -> new OrderPosition("", BigDecimal.ONE, "Stück"), "order.article-missing");
    }

    @Test
    void makesTheChosenTicketsWithTheirChecklistsInOneStep() {
        Order order = received();

        List<Ticket> made = world.orders.createTickets(both(order, "Drei Plätze.\n" + AGREEMENTS), world.sales);

        assertThat(made).extracting(Ticket::subject).containsExactly("Grundinstallation", "Arbeitsplätze");
        assertThat(world.checklists.ofTicket(made.get(0).id(), world.technician))
                .singleElement()
                .satisfies(c -> assertThat(c.items()).hasSize(2));
        assertThat(world.checklists.ofTicket(made.get(1).id(), world.technician))
                .singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Arbeitsplatz"));
        assertThat(made.get(0).status()).isEqualTo(TicketStatus.FORWARDED);
        assertThat(made.get(1).status()).isEqualTo(TicketStatus.NEW);
        assertThat(world.repos.orders().findById(order.id()).orElseThrow().tickets())
                .containsExactly(made.get(0).id(), made.get(1).id());
    }

    @Test
    void refusesTicketsWhoseDescriptionLacksTheAgreementsAndMakesNone() {
        Order order = received();

        assertRefused(
                () -> world.orders.createTickets(both(order, "Drei Plätze."), world.sales), "order.agreements-missing");
        assertThat(world.repos.tickets().findByCustomer(world.customer.id(), 10))
                .isEmpty();
        assertThat(world.repos.orders().findById(order.id()).orElseThrow().tickets())
                .isEmpty();
    }

    @Test
    void acceptsTheAgreementsWithOtherLineBreaks() {
        Order order = received();
        String rewrapped = "Drei Plätze.\n" + AGREEMENTS.replace("; ", ";\n  ");

        assertThat(world.orders.createTickets(both(order, rewrapped), world.sales))
                .hasSize(2);
    }

    @Test
    void keepsTheOrderDocumentWithTheBaseInstallationTicket() {
        Order order = received();
        world.orders.attachDocument(order.number(), "../../etc/Auftrag 0815.pdf", PDF);

        List<Ticket> made = world.orders.createTickets(both(order, AGREEMENTS), world.sales);

        assertThat(world.repos.documents().ofTicket(made.get(0).id()))
                .singleElement()
                .extracting(DocumentInfo::fileName)
                .isEqualTo("Auftrag 0815.pdf");
        assertThat(world.repos.documents().ofTicket(made.get(1).id())).isEmpty();
    }

    @Test
    void aDocumentArrivingAfterTheTicketsGoesToTheBaseInstallationTicket() {
        Order order = received();
        List<Ticket> made = world.orders.createTickets(both(order, AGREEMENTS), world.sales);

        world.orders.attachDocument(order.number(), "", PDF);

        assertThat(world.repos.documents().ofTicket(made.get(0).id()))
                .singleElement()
                .extracting(DocumentInfo::fileName)
                .isEqualTo("Auftrag-AB-2026-0815.pdf");
    }

    @Test
    void refusesADocumentThatIsNoPdfOrTooLarge() {
        Order order = received();

        assertRefused(
                () -> world.orders.attachDocument(order.number(), "a.pdf", "<html>".getBytes(StandardCharsets.UTF_8)),
                "document.not-pdf");
        assertRefused(
                () -> world.orders.attachDocument(order.number(), "a.pdf", new byte[(int) World.MAX_DOCUMENT + 1]),
                "document.too-large");
        assertRefused(() -> world.orders.attachDocument(order.number(), "a.pdf", new byte[0]), "document.empty");
        assertRefused(() -> world.orders.attachDocument("AB-404", "a.pdf", PDF), "order.not-found");
        assertThat(world.repos.orders().findById(order.id()).orElseThrow().document())
                .isEmpty();
    }

    @Test
    void tellsTheAssignedTechnicianByMail() {
        Order order = received();

        List<Ticket> made = world.orders.createTickets(both(order, AGREEMENTS), world.sales);

        List<Notification> told =
                world.notifier.sentTo(new Recipient.Mail(world.technician.email(), world.technician.name()));
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.template()).isEqualTo(NotificationTemplate.TICKET_ASSIGNED);
            assertThat(n.values())
                    .containsEntry("ticketNumber", made.get(0).number().toString())
                    .containsEntry("orderNumber", "AB-2026-0815")
                    .containsEntry("checklistPoints", "2");
        });
    }

    @Test
    void eachTicketGoesToItsOwnTechnicianAndTheOrdersAgreedDateBecomesTheirAppointment() {
        java.time.LocalDateTime agreed = java.time.LocalDateTime.of(2026, 12, 1, 8, 0);
        Order order = world.orders.receive(new NewOrder(
                "AB-2026-0816",
                world.customer.number(),
                List.of(new OrderPosition("Server Dell R660", BigDecimal.ONE, "Stück")),
                AGREEMENTS,
                Optional.of(agreed)));
        de.servicebot.core.staff.StaffMember other =
                world.repos.staff().save(de.servicebot.core.staff.StaffFixtures.aTechnician());
        de.servicebot.core.ticket.Appointment onSite = de.servicebot.core.ticket.Appointment.onSite(agreed);

        List<Ticket> made = world.orders.createTickets(
                new OrderTickets(
                        order.id(),
                        world.anna.id(),
                        world.category.id(),
                        List.of(
                                new PlannedTicket(
                                        baseInstallation.id(),
                                        "Grundinstallation",
                                        AGREEMENTS,
                                        Optional.of(world.technician.id()),
                                        Optional.of(onSite)),
                                new PlannedTicket(
                                        workstation.id(),
                                        "Arbeitsplätze",
                                        AGREEMENTS,
                                        Optional.of(other.id()),
                                        Optional.of(onSite))),
                        0,
                        false),
                world.sales);

        assertThat(world.repos.orders().findById(order.id()).orElseThrow().agreedDate())
                .contains(agreed);
        assertThat(made)
                .extracting(Ticket::assignee)
                .containsExactly(Optional.of(world.technician.id()), Optional.of(other.id()));
        assertThat(made).extracting(Ticket::appointment).containsOnly(Optional.of(onSite));
        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_ASSIGNED))
                .filteredOn(n -> n.recipient() instanceof Recipient.Mail)
                .extracting(n -> n.values().get("appointment"))
                .containsOnly("Dienstag, 01.12.2026, 08:00 Uhr, vor Ort");
    }

    @Test
    void refusesAnAppointmentForATicketWithoutTechnicianAndMakesNone() {
        Order order = received();
        de.servicebot.core.ticket.Appointment onSite =
                de.servicebot.core.ticket.Appointment.onSite(java.time.LocalDateTime.of(2026, 12, 1, 8, 0));

        assertRefused(
                () -> world.orders.createTickets(
                        new OrderTickets(
                                order.id(),
                                world.anna.id(),
                                world.category.id(),
                                List.of(new PlannedTicket(
                                        baseInstallation.id(),
                                        "Grundinstallation",
                                        AGREEMENTS,
                                        Optional.empty(),
                                        Optional.of(onSite))),
                                0,
                                false),
                        world.sales),
                "order.appointment-without-technician");
        assertThat(world.repos.tickets().findByCustomer(world.customer.id(), 10))
                .isEmpty();
    }

    @Test
    void opensOrderTicketsOnTheSamePathAsTicketsByHand() {
        Order order = received();

        List<Ticket> made = world.orders.createTickets(both(order, AGREEMENTS), world.sales);

        assertThat(world.repos.audit().about(made.get(0).id().toString()))
                .extracting(e -> e.action())
                .containsExactly("ticket.opened", "ticket.forwarded");
        assertThat(world.repos.audit().about(made.get(1).id().toString()))
                .extracting(e -> e.action())
                .containsExactly("ticket.opened");
        assertThat(world.repos.timeEntries().findByTicket(made.get(0).id()))
                .as("an order ticket is no Ticketerstellung")
                .isEmpty();
        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_RECEIVED)).isEmpty();
    }

    @Test
    void sendsTheCustomerTheReceiptOnlyWhenSalesAsks() {
        Order order = received();
        OrderTickets chosen = both(order, AGREEMENTS);
        OrderTickets withReceipt = new OrderTickets(
                chosen.orderId(),
                chosen.contactId(),
                chosen.categoryId(),
                chosen.tickets(),
                chosen.baseInstallation(),
                true);

        world.orders.createTickets(withReceipt, world.sales);

        assertThat(world.notifier.sentAs(NotificationTemplate.TICKET_RECEIVED))
                .singleElement()
                .satisfies(receipt -> assertThat(receipt.recipient())
                        .isEqualTo(new Recipient.Mail(world.anna.email().orElseThrow(), "Anna Berger")));
    }

    @Test
    void makesTicketsFromAnOrderOnce() {
        Order order = received();
        world.orders.createTickets(both(order, AGREEMENTS), world.sales);

        assertRefused(() -> world.orders.createTickets(both(order, AGREEMENTS), world.sales), "order.tickets-exist");
    }

    @Test
    void letsOnlySalesAndAdminsMakeTicketsFromOrders() {
        Order order = received();

        assertRefused(
                () -> world.orders.createTickets(both(order, AGREEMENTS), world.technician), "staff.not-permitted");
    }

    @Test
    void refusesABaseInstallationThatIsNotAmongTheTicketsAndMakesNone() {
        Order order = received();
        OrderTickets planned = both(order, AGREEMENTS);

        assertRefused(
                () -> new OrderTickets(
                        order.id(), planned.contactId(), planned.categoryId(), planned.tickets(), -1, false),
                "order.base-not-chosen");
        assertRefused(
                () -> new OrderTickets(
                        order.id(), planned.contactId(), planned.categoryId(), planned.tickets(), 2, false),
                "order.base-not-chosen");
        assertThat(world.orders.get(order.id(), world.sales).tickets()).isEmpty();
    }

    @Test
    void refusesAContactOfAnotherCustomer() {
        Order order = received();
        OrderTickets planned = both(order, AGREEMENTS);
        OrderTickets wrong = new OrderTickets(
                order.id(),
                new de.servicebot.core.customer.ContactId(java.util.UUID.randomUUID()),
                planned.categoryId(),
                planned.tickets(),
                0,
                false);

        assertRefused(() -> world.orders.createTickets(wrong, world.sales), "customer.contact-unknown");
    }
}
