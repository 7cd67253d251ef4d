package de.servicebot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.bot.feature.template.TemplateFeature;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.Checklist;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin changes a type's checklist in the conversation, on PostgreSQL; running checklists stay as they were. */
class ChecklistTemplateIT extends CompanyIntegrationTest {

    @Autowired
    Conversation conversation;

    private StaffMember admin;
    private StaffMember sales;
    private TicketType type;

    @BeforeEach
    void aTypeWithItsChecklist() {
        admin = staff.save(StaffFixtures.anAdmin());
        sales = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        type = catalogRepository.save(
                TicketType.create("Umzug " + UUID.randomUUID().toString().substring(0, 8)));
        checklists.defineTemplate(
                type.id(),
                "Umzug",
                List.of(
                        ChecklistItem.required("Geräte abgebaut").withEvidence("Inventarnummer"),
                        ChecklistItem.required("Altgeräte entsorgt").optional().withNote()),
                admin);
    }

    @Test
    void anAdminChangesTheChecklistNewTicketsGetItAndRunningOnesStayAsTheyWere() {
        Ticket running = ticket();

        FormView form =
                form(conversation.message(admin, "vorlage " + type.name().toLowerCase()));

        assertThat(form.title()).isEqualTo("Checkliste für „" + type.name() + "“ (Umzug, Version 1)");
        assertThat(form.field("name").orElseThrow().value()).isEqualTo("Umzug");
        assertThat(form.field("points").orElseThrow().value())
                .isEqualTo("Geräte abgebaut [Inventarnummer]\n? Altgeräte entsorgt [Notiz]\n");

        Reply saved = conversation.submit(
                admin,
                form.action(),
                values(
                        form,
                        "Umzug",
                        "Geräte abgebaut [Inventarnummer]\n> Geräte aufgebaut\n? Altgeräte entsorgt [Notiz]"));

        assertThat(((TextView) saved.views().get(0)).text())
                .isEqualTo("Die Checkliste „Umzug“ für „" + type.name()
                        + "“ ist jetzt Version 2 mit 3 Punkten. Neue Tickets bekommen sie; laufende Checklisten"
                        + " bleiben, wie sie sind.");
        assertThat(((FormView) saved.views().get(1)).title()).contains("Umzug, Version 2");
        assertThat(points(running)).containsExactly("Geräte abgebaut", "Altgeräte entsorgt");
        Checklist fresh = checklists.ofTicket(ticket().id(), admin).get(0);
        assertThat(fresh.items())
                .extracting(ChecklistItem::text)
                .containsExactly("Geräte abgebaut", "Geräte aufgebaut", "Altgeräte entsorgt");
        assertThat(fresh.items().get(1).inOrder()).isTrue();
    }

    @Test
    void answersABadChecklistAtItsFieldAndKeepsTheCurrentOne() {
        FormView form = form(conversation.message(admin, "vorlage " + type.name()));

        FormView firstInOrder = form(conversation.submit(admin, form.action(), values(form, "Umzug", "> Aufgebaut")));
        FormView empty = form(conversation.submit(admin, form.action(), values(form, "Umzug", "\n  \n")));
        FormView nameless = form(conversation.submit(admin, form.action(), values(form, " ", "Aufgebaut")));

        assertThat(firstInOrder.field("points").orElseThrow().error())
                .isEqualTo("Der erste Punkt „Aufgebaut“ kann nicht auf einen vorherigen folgen.");
        assertThat(firstInOrder.field("points").orElseThrow().value()).isEqualTo("> Aufgebaut");
        assertThat(empty.field("points").orElseThrow().error())
                .isEqualTo("Die Checkliste „Umzug“ braucht mindestens einen Punkt.");
        assertThat(nameless.field("name").orElseThrow().error()).isEqualTo("Bitte gib der Checkliste einen Namen.");
        assertThat(checklists.templates(type.id(), admin))
                .singleElement()
                .satisfies(current -> assertThat(current.revision()).isEqualTo(1));
    }

    @Test
    void anotherNameAddsASecondChecklistToTheType() {
        FormView form = form(conversation.message(admin, "template " + type.name()));

        conversation.submit(admin, form.action(), values(form, "Netzwerk", "Switch getauscht [Seriennummer]"));

        assertThat(checklists.ofTicket(ticket().id(), admin))
                .extracting(Checklist::name)
                .containsExactlyInAnyOrder("Umzug", "Netzwerk");
    }

    @Test
    void letsOnlyAdminsChangeChecklistsAndNamesTheTypesThereAre() {
        StaffMember technician = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));

        assertThat(text(conversation.message(technician, "vorlage " + type.name())))
                .isEqualTo("Das darfst du leider nicht: Checklisten-Vorlagen ändern.");
        assertThat(text(conversation.submit(
                        technician,
                        TemplateFeature.SAVE,
                        Map.of(TemplateFeature.TYPE_ID, type.id().toString()))))
                .isEqualTo("Das darfst du leider nicht: Checklisten-Vorlagen ändern.");
        assertThat(text(conversation.message(admin, "vorlage Raumfahrt")))
                .startsWith("Einen Ticket-Typ „Raumfahrt“ gibt es nicht. Es gibt: ")
                .contains(type.name(), "Grundinstallation");
        assertThat(text(conversation.message(admin, "vorlage"))).contains("vorlage Grundinstallation");
        assertThat(checklists.templates(type.id(), admin).get(0).revision()).isEqualTo(1);
    }

    private Ticket ticket() {
        Customer customer = customers.findByNumber("K-10001").orElseThrow();
        return creation.open(
                new OpenTicket(
                        customer.id(),
                        customer.contacts().get(0).id(),
                        type.id(),
                        catalog.categories().get(0).id(),
                        "Umzug ins 2. OG",
                        ""),
                sales);
    }

    private List<String> points(Ticket ticket) {
        return checklists.ofTicket(ticket.id(), admin).get(0).items().stream()
                .map(ChecklistItem::text)
                .toList();
    }

    private static Map<String, String> values(FormView form, String name, String points) {
        Map<String, String> values = new java.util.HashMap<>(form.hidden());
        values.put("name", name);
        values.put("points", points);
        return values;
    }

    private static FormView form(Reply reply) {
        assertThat(reply.views()).as("views").last().isInstanceOf(FormView.class);
        return (FormView) reply.views().get(reply.views().size() - 1);
    }

    private static String text(Reply reply) {
        assertThat(reply.views().get(0)).as("first view of %s", reply.views()).isInstanceOf(TextView.class);
        return ((TextView) reply.views().get(0)).text();
    }
}
