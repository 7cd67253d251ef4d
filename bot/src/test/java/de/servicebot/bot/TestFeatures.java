package de.servicebot.bot;

import de.servicebot.adapter.mail.MailConfiguration;
import de.servicebot.adapter.mail.MailSettings;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.bot.feature.appointment.AppointmentFeature;
import de.servicebot.bot.feature.call.CallFeature;
import de.servicebot.bot.feature.checklist.ChecklistFeature;
import de.servicebot.bot.feature.creation.CreationFeature;
import de.servicebot.bot.feature.creation.ForwardFeature;
import de.servicebot.bot.feature.delivery.DeliveryFeature;
import de.servicebot.bot.feature.delivery.DeliverySection;
import de.servicebot.bot.feature.delivery.MaterialAfterTime;
import de.servicebot.bot.feature.delivery.StockFeature;
import de.servicebot.bot.feature.document.DocumentLinks;
import de.servicebot.bot.feature.document.DocumentSection;
import de.servicebot.bot.feature.language.LanguageFeature;
import de.servicebot.bot.feature.order.OrderFeature;
import de.servicebot.bot.feature.template.TemplateFeature;
import de.servicebot.bot.feature.ticket.TicketFeature;
import de.servicebot.bot.feature.time.TimeFeature;
import de.servicebot.bot.i18n.TestMessages;
import de.servicebot.core.World;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.document.DocumentService;
import de.servicebot.core.shared.DirectTransactions;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.InMemoryHandledRequests;
import de.servicebot.core.staff.StaffService;
import java.time.Duration;
import java.util.List;

/** Every feature of the bot on core's in-memory company, wired as the application wires them, without Spring. */
public final class TestFeatures {

    private TestFeatures() {}

    public static List<Feature> of(World world) {
        CatalogService catalog = new CatalogService(world.repos.catalog(), world.repos.templates());
        StaffService staff = new StaffService(world.repos.staff());
        TicketViews views = new TicketViews(
                world.tickets,
                world.clock,
                List.of(
                        CreationFeature.FORWARD_BUTTON,
                        AppointmentFeature.SCHEDULE_BUTTON,
                        AppointmentFeature.CANCEL_BUTTON,
                        TimeFeature.BOOK_BUTTON,
                        CallFeature.LOG_BUTTON,
                        TimeFeature.SHEET_BUTTON,
                        ChecklistFeature.SHOW_BUTTON,
                        ChecklistFeature.RESOLVE_BUTTON,
                        ChecklistFeature.REOPEN_BUTTON,
                        DeliveryFeature.MATERIAL_BUTTON,
                        DeliveryFeature.NOTE_BUTTON,
                        DeliveryFeature.ASK_BUTTON),
                List.of(
                        TimeFeature.section(world.time),
                        CallFeature.section(world.calls, world.clock),
                        ChecklistFeature.section(world.checklists),
                        new DeliverySection(world.deliveryNotes),
                        new DocumentSection(
                                new DocumentService(world.repos.documents()),
                                new DocumentLinks("http://localhost", "test-secret", Duration.ofHours(1), world.clock),
                                world.clock.getZone())));
        return List.of(
                new CreationFeature(world.creation, world.customers, catalog, views),
                new TicketFeature(world.tickets, world.customers, views),
                new ForwardFeature(
                        world.creation,
                        world.tickets,
                        staff,
                        views,
                        MailConfiguration.preview(
                                new MailSettings(EmailAddress.of("support@it-service.test"), "IT-Service Müller")),
                        world.clock),
                new AppointmentFeature(world.appointments, world.tickets, views),
                new TimeFeature(
                        world.time,
                        catalog,
                        staff,
                        world.tickets,
                        views,
                        world.clock,
                        List.of(new MaterialAfterTime())),
                new CallFeature(world.calls, world.tickets, views),
                new ChecklistFeature(world.checklists, world.tickets, staff, views, world.clock),
                new DeliveryFeature(world.deliveryNotes, world.articles, world.stock, world.tickets, views),
                new StockFeature(world.stock, world.tickets, staff, views, world.clock),
                new OrderFeature(world.orders, world.customers, catalog, world.checklists, staff, views),
                new TemplateFeature(world.checklists, catalog),
                new LanguageFeature(staff, TestMessages.create()));
    }

    public static Conversation conversation(World world) {
        return new Conversation(
                TestMessages.create(),
                new DirectTransactions(),
                new InMemoryHandledRequests(),
                world.customers,
                of(world));
    }
}
