package de.servicebot.bot.cards;

import de.servicebot.bot.TestFeatures;
import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.bot.conversation.View;
import de.servicebot.bot.feature.appointment.AppointmentFeature;
import de.servicebot.bot.feature.call.CallFeature;
import de.servicebot.bot.feature.checklist.ChecklistFeature;
import de.servicebot.bot.feature.checklist.ChecklistView;
import de.servicebot.bot.feature.creation.CreationFeature;
import de.servicebot.bot.feature.delivery.DeliveryFeature;
import de.servicebot.bot.feature.time.TimeFeature;
import de.servicebot.core.World;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every kind of card with realistic data, in one language: the views the real conversation produces, on the
 * in-memory company of core's tests, with its clock standing still. They feed the golden files and the conformance
 * test, so both cover what users actually see.
 */
public final class CardSamples {

    private CardSamples() {}

    public static Map<String, View> of(Language language) {
        World world = new World();
        Conversation conversation = TestFeatures.conversation(world);
        world.checklists.defineTemplate(
                world.type.id(),
                language == Language.DE ? "Drucker tauschen" : "Replace printer",
                List.of(
                        ChecklistItem.required(language == Language.DE ? "Altgerät abbauen" : "Remove the old printer"),
                        ChecklistItem.required(
                                        language == Language.DE ? "Neues Gerät aufstellen" : "Set up the new one")
                                .afterThePrevious()
                                .withEvidence(language == Language.DE ? "Seriennummer" : "Serial number"),
                        ChecklistItem.required(language == Language.DE ? "Testdruck" : "Test print")
                                .withNote()
                                .optional()),
                world.admin);
        StaffMember sales = speaking(world, "Vera Vertrieb", Role.SALES, language);
        StaffMember technician = world.technician;
        StaffMember backOffice = speaking(world, "Ines Innendienst", Role.BACKOFFICE, language);
        if (language == Language.EN) {
            technician = speaking(world, "Tara Tech", Role.TECHNICIAN, language);
        }

        Map<String, View> samples = new LinkedHashMap<>();
        samples.put(
                "help",
                first(conversation
                        .message(sales, language == Language.DE ? "hilfe" : "help")
                        .views()));
        samples.put(
                "text-unknown",
                first(conversation.message(sales, "bitte mach was").views()));
        samples.put(
                "text-refused", first(conversation.message(backOffice, "neu").views()));
        samples.put(
                "form-new-ticket-customer",
                first(conversation.message(sales, "neu Drucker druckt nicht").views()));
        Map<String, String> chosen =
                Map.of("customer", world.customer.id().toString(), "subject", "Drucker druckt nicht");
        samples.put(
                "form-new-ticket",
                first(conversation
                        .submit(sales, CreationFeature.NEW_TICKET_CUSTOMER, chosen)
                        .views()));

        Map<String, String> ticket = new HashMap<>();
        ticket.put(CreationFeature.CUSTOMER_ID, world.customer.id().toString());
        ticket.put("type", world.type.id().toString());
        ticket.put("category", world.category.id().toString());
        ticket.put("subject", "Drucker druckt nicht");
        samples.put(
                "form-new-ticket-refused",
                first(conversation
                        .submit(sales, CreationFeature.NEW_TICKET, ticket)
                        .views()));
        ticket.put("contact", world.anna.id().toString());
        List<View> created =
                conversation.submit(sales, CreationFeature.NEW_TICKET, ticket).views();
        samples.put("text-created", created.get(0));
        TicketView opened = (TicketView) created.get(1);
        samples.put("ticket-new", opened);
        Map<String, String> about = Map.of(Actions.TICKET_ID, opened.ticketId());
        samples.put(
                "ticket-new-technician",
                first(conversation
                        .submit(technician, Actions.SHOW_TICKET, about)
                        .views()));

        samples.put(
                "form-forward",
                first(conversation
                        .submit(sales, CreationFeature.FORWARD_OPEN, about)
                        .views()));
        Map<String, String> forward = new HashMap<>(about);
        forward.put("technician", technician.id().toString());
        forward.put("notifyCustomer", "true");
        forward.put("appointmentDate", "2026-11-27");
        forward.put("appointmentTime", "10:00");
        forward.put("text", "Wir bringen Toner mit.");
        forward.put("internalNote", "Kundin ist ab 9 Uhr da, Toner mitnehmen");
        samples.put(
                "ticket-forwarded",
                conversation
                        .submit(sales, CreationFeature.FORWARD, forward)
                        .views()
                        .get(1));
        samples.put(
                "ticket-forwarded-technician",
                first(conversation
                        .submit(technician, Actions.SHOW_TICKET, about)
                        .views()));
        samples.put(
                "ticket-forwarded-backoffice",
                first(conversation
                        .submit(backOffice, Actions.SHOW_TICKET, about)
                        .views()));
        StaffMember admin = speaking(world, "Adam Admin", Role.ADMIN, language);
        samples.put(
                "ticket-forwarded-admin",
                first(conversation.submit(admin, Actions.SHOW_TICKET, about).views()));
        samples.put(
                "form-forward-again",
                first(conversation
                        .submit(sales, CreationFeature.FORWARD_OPEN, about)
                        .views()));

        de.servicebot.core.document.Document order = world.repos
                .documents()
                .store(de.servicebot.core.document.Document.pdf(
                        "Auftrag AB-2026-0815.pdf",
                        "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        1024,
                        "Auftrag.pdf",
                        de.servicebot.core.World.NOW));
        world.repos
                .documents()
                .attach(
                        new de.servicebot.core.ticket.TicketId(java.util.UUID.fromString(opened.ticketId())),
                        order.id());
        samples.put(
                "ticket-with-document",
                first(conversation
                        .submit(technician, Actions.SHOW_TICKET, about)
                        .views()));
        samples.put(
                "form-appointment",
                first(conversation
                        .submit(technician, AppointmentFeature.OPEN, about)
                        .views()));
        samples.put(
                "form-appointment-cancel",
                first(conversation
                        .submit(sales, AppointmentFeature.CANCEL_OPEN, about)
                        .views()));

        samples.put(
                "form-time",
                first(conversation.submit(technician, TimeFeature.OPEN, about).views()));
        Map<String, String> booking = new HashMap<>(about);
        booking.put("duration", "1,5h");
        booking.put("activity", "Fernwartung");
        booking.put("billable", "true");
        samples.put(
                "time-sheet",
                conversation
                        .submit(technician, TimeFeature.BOOK, booking)
                        .views()
                        .get(1));
        world.repos
                .articles()
                .save(de.servicebot.core.article.Article.create("TN-1001", "Toner HP 26A schwarz", "Stück", false));
        samples.put(
                "form-material",
                first(conversation
                        .submit(technician, DeliveryFeature.MATERIAL_OPEN, about)
                        .views()));
        Map<String, String> material = new HashMap<>(about);
        material.put("article", "TN-1001");
        material.put("quantity", "2");
        material.put("serials", "");
        samples.put(
                "delivery-note",
                conversation
                        .submit(technician, DeliveryFeature.MATERIAL, material)
                        .views()
                        .get(1));
        samples.put(
                "form-call",
                first(conversation.submit(backOffice, CallFeature.OPEN, about).views()));
        samples.put(
                "list-mine",
                first(conversation
                        .message(technician, language == Language.DE ? "meine" : "mine")
                        .views()));
        samples.put("list-empty", first(conversation.message(sales, "meine").views()));

        Map<String, String> point = new HashMap<>(about);
        ChecklistView checklist = (ChecklistView) first(
                conversation.submit(technician, ChecklistFeature.SHOW, about).views());
        point.put(
                ChecklistFeature.CHECKLIST_ID,
                checklist
                        .checklists()
                        .get(0)
                        .points()
                        .get(0)
                        .buttons()
                        .get(0)
                        .data()
                        .get(ChecklistFeature.CHECKLIST_ID));
        point.put(ChecklistFeature.POINT, "1");
        samples.put(
                "checklist-ticked",
                conversation
                        .submit(technician, ChecklistFeature.TICK, point)
                        .views()
                        .get(1));
        point.put(ChecklistFeature.POINT, "2");
        samples.put(
                "form-tick",
                first(conversation
                        .submit(technician, ChecklistFeature.TICK_OPEN, point)
                        .views()));
        samples.put(
                "form-resolve",
                first(conversation
                        .submit(technician, ChecklistFeature.RESOLVE_OPEN, about)
                        .views()));
        Map<String, String> resolution = new HashMap<>(about);
        resolution.put("resolution", "Toner getauscht");
        samples.put(
                "text-resolve-refused",
                first(conversation
                        .submit(technician, ChecklistFeature.RESOLVE, resolution)
                        .views()));
        return samples;
    }

    private static StaffMember speaking(World world, String name, Role role, Language language) {
        StaffMember member = StaffFixtures.aStaffMember(name, role);
        member.speak(language);
        return world.repos.staff().save(member);
    }

    /** The first view; a form's one-time token is fixed, so that the golden files stay the same. */
    private static View first(List<View> views) {
        return views.get(0) instanceof FormView form
                ? form.withHidden(Actions.FORM_TOKEN, "7f1c2a9e-0d4b-4c55-9a61-3e8f0b6d2c17")
                : views.get(0);
    }
}
