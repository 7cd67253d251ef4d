package de.servicebot.bot.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.bot.TestMailServer;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.feature.order.OrderFeature;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.order.NewOrder;
import de.servicebot.core.order.Order;
import de.servicebot.core.order.OrderPosition;
import de.servicebot.core.order.OrderService;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sales turns an order into tickets through the conversation, on PostgreSQL and a real mail server: both tickets with
 * their checklists in one step, the order document with the base installation, the technician told; a description
 * without the agreements is refused at its field and nothing is made.
 */
class OrderTicketsIT extends CompanyIntegrationTest {

    private static final String AGREEMENTS = "Einweisung 2 h kostenlos, zugesagt von der Geschäftsleitung.";

    @Autowired
    Conversation conversation;

    @Autowired
    OrderService orders;

    private StaffMember sales;
    private StaffMember technician;
    private Customer customer;
    private Contact anna;
    private TicketType base;
    private TicketType workstation;
    private Order order;

    @BeforeEach
    void anOrderWithItsDocument() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        sales = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        technician = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        StaffMember admin = staff.save(StaffFixtures.anAdmin());
        Customer müller = Customer.create("K-" + unique, "Müller " + unique + " GmbH");
        anna = müller.addContact(
                Contact.create("Anna Berger", EmailAddress.of("anna." + unique + "@kunde.test"), "", Language.DE));
        customer = customers.save(müller);
        base = catalogRepository.save(TicketType.baseInstallation("Grundinstallation " + unique));
        workstation = catalogRepository.save(TicketType.create("Arbeitsplatz " + unique));
        checklists.defineTemplate(
                base.id(),
                "Server",
                List.of(ChecklistItem.required("Server einbauen"), ChecklistItem.required("Backup einrichten")),
                admin);
        checklists.defineTemplate(
                workstation.id(),
                "Arbeitsplatz",
                List.of(ChecklistItem.required("Rechner aufstellen").withEvidence("Seriennummer")),
                admin);
        order = orders.receive(new NewOrder(
                "AB-" + unique,
                customer.number(),
                List.of(new OrderPosition("Dell Latitude 5550", new BigDecimal("3"), "Stück")),
                AGREEMENTS));
        orders.attachDocument(order.number(), "Auftrag.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void makesBothTicketsWithChecklistsKeepsTheDocumentWithTheBaseInstallationAndTellsTheTechnician() {
        FormView form = (FormView)
                conversation.message(sales, "auftrag " + order.number()).views().get(0);
        String description = form.field("description").orElseThrow().value();
        assertThat(description).contains("3 Stück Dell Latitude 5550").contains(AGREEMENTS);

        Reply made = conversation.submit(sales, OrderFeature.TICKETS, inputs(form, description));

        assertThat(((TextView) made.views().get(0)).text())
                .startsWith("Aus Auftrag " + order.number() + " sind 2 Tickets erstellt: T-")
                .contains("Das Auftragsdokument liegt bei T-");
        List<String> tickets = jdbc.sql(
                        "select id::text from ticket where customer_id = ?::uuid order by number_sequence")
                .param(customer.id().value())
                .query(String.class)
                .list();
        assertThat(tickets).hasSize(2);
        assertThat(jdbc.sql("select count(*) from checklist where ticket_id = ?::uuid")
                        .param(tickets.get(0))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select d.file_name from ticket_document t join document d on d.id = t.document_id"
                                + " where t.ticket_id = ?::uuid")
                        .param(tickets.get(0))
                        .query(String.class)
                        .list())
                .containsExactly("Auftrag.pdf");
        assertThat(jdbc.sql("select count(*) from ticket_document where ticket_id = ?::uuid")
                        .param(tickets.get(1))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select description from ticket where id = ?::uuid")
                        .param(tickets.get(1))
                        .query(String.class)
                        .single())
                .contains(AGREEMENTS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.shared()
                                .receivedBy(technician.email().value())
                                .size()
                        == 2);
        assertThat(conversation
                        .message(sales, "auftrag " + order.number())
                        .views()
                        .get(0))
                .isEqualTo(TextView.info("Aus dem Auftrag " + order.number() + " sind schon Tickets erstellt worden."));
    }

    @Test
    void refusesADescriptionWithoutTheAgreementsAtItsFieldAndMakesNothing() {
        FormView form = (FormView)
                conversation.message(sales, "auftrag " + order.number()).views().get(0);

        Reply refused = conversation.submit(
                sales, OrderFeature.TICKETS, inputs(form, "Drei Laptops einrichten, sonst nichts."));

        FormView again = (FormView) refused.views().get(0);
        assertThat(again.field("description").orElseThrow().error())
                .startsWith("Die Beschreibung des Tickets „Grundinstallation")
                .contains("muss die Absprachen aus dem Auftrag enthalten");
        assertThat(again.field("description").orElseThrow().value())
                .isEqualTo("Drei Laptops einrichten, sonst nichts.");
        assertThat(ticketsOfTheCustomer()).isZero();
    }

    @Test
    void refusesABaseInstallationThatIsNotAmongTheChosenTicketsAtItsField() {
        FormView form = (FormView)
                conversation.message(sales, "auftrag " + order.number()).views().get(0);
        Map<String, String> inputs = inputs(form, "Laptops einrichten.\n" + order.agreements());
        inputs.put("type_" + base.id(), "false");
        inputs.put("type_" + workstation.id(), "true");
        inputs.put(
                "type_"
                        + catalog.types().stream()
                                .filter(t -> !t.id().equals(base.id()) && !t.id().equals(workstation.id()))
                                .findFirst()
                                .orElseThrow()
                                .id(),
                "true");

        FormView again = (FormView)
                conversation.submit(sales, OrderFeature.TICKETS, inputs).views().get(0);

        assertThat(again.field("baseInstallation").orElseThrow().error())
                .isEqualTo("Die Grundinstallation, die das Auftragsdokument bekommt, muss eines der Tickets sein, die"
                        + " erstellt werden.");
        assertThat(ticketsOfTheCustomer()).isZero();
    }

    @Test
    void eachTicketGoesToItsOwnTechnicianWithTheOrdersAgreedDateAsItsAppointment() {
        StaffMember second = staff.save(StaffFixtures.aStaffMember("Tina Technik", Role.TECHNICIAN));
        Order dated = orders.receive(new NewOrder(
                "AB-" + UUID.randomUUID().toString().substring(0, 8),
                customer.number(),
                List.of(new OrderPosition("Dell Latitude 5550", new BigDecimal("3"), "Stück")),
                AGREEMENTS,
                java.util.Optional.of(java.time.LocalDateTime.of(2026, 12, 7, 8, 0))));
        FormView form = (FormView)
                conversation.message(sales, "auftrag " + dated.number()).views().get(0);
        assertThat(form.field("appointmentFromOrder").orElseThrow().label())
                .isEqualTo("Termin aus dem Auftrag übernehmen: Montag, 07.12.2026, 08:00 Uhr");
        Map<String, String> inputs =
                inputs(form, form.field("description").orElseThrow().value());
        inputs.put("technician_" + workstation.id(), second.id().toString());
        inputs.put("appointmentFromOrder", "true");
        inputs.put("appointmentVisit", "REMOTE");

        conversation.submit(sales, OrderFeature.TICKETS, inputs);

        List<String> rows = jdbc.sql("select s.name || ' ' || t.appointment || ' ' || t.appointment_visit from ticket t"
                        + " join staff s on s.id = t.assignee_id where t.customer_id = ?::uuid"
                        + " order by t.number_sequence")
                .param(customer.id().value())
                .query(String.class)
                .list();
        assertThat(rows)
                .containsExactly("Tim Technik 2026-12-07 08:00:00 REMOTE", "Tina Technik 2026-12-07 08:00:00 REMOTE");
    }

    @Test
    void letsOnlySalesTurnAnOrderIntoTickets() {
        Reply refused = conversation.message(technician, "auftrag " + order.number());

        assertThat(((TextView) refused.views().get(0)).tone()).isEqualTo(TextView.Tone.ERROR);
    }

    private long ticketsOfTheCustomer() {
        return jdbc.sql("select count(*) from ticket where customer_id = ?::uuid")
                .param(customer.id().value())
                .query(Long.class)
                .single();
    }

    private Map<String, String> inputs(FormView form, String description) {
        Map<String, String> inputs = new HashMap<>(form.hidden());
        inputs.put("contact", anna.id().toString());
        inputs.put("category", catalog.categories().get(0).id().toString());
        inputs.put("type_" + base.id(), "true");
        inputs.put("type_" + workstation.id(), "true");
        inputs.put("baseInstallation", base.id().toString());
        inputs.put("technician_" + base.id(), technician.id().toString());
        inputs.put("technician_" + workstation.id(), technician.id().toString());
        inputs.put("description", description);
        return inputs;
    }
}
