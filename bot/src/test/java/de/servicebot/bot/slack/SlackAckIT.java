package de.servicebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.servicebot.adapter.postgres.EmbeddedDatabase;
import de.servicebot.bot.ServicebotApplication;
import de.servicebot.bot.StallingSmtpServer;
import de.servicebot.bot.TestSettings;
import de.servicebot.bot.TestSlack;
import de.servicebot.bot.local.DemoData;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.creation.ForwardTicket;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Slack gets its answer within 3 seconds even while the mail server takes connections and never answers. */
class SlackAckIT {

    @Test
    void acknowledgesASlashCommandWithinThreeSecondsWhileTheMailServerStalls() throws Exception {
        TestSlack slack = TestSlack.shared();
        slack.reset();
        try (StallingSmtpServer stalling = new StallingSmtpServer()) {
            Map<String, Object> settings =
                    new HashMap<>(EmbeddedDatabase.shared().newDatabase("slack_ack"));
            settings.putAll(TestSettings.mailAndOutbox(stalling.port()));
            settings.putAll(slack.settings());
            settings.put("server.port", "0");
            try (ConfigurableApplicationContext app =
                    new SpringApplicationBuilder(ServicebotApplication.class).run(TestSettings.asArguments(settings))) {
                StaffMember sales = queueReceipts(app, 3);
                slack.knowsUser(sales.email().value());
                await().atMost(Duration.ofSeconds(10)).until(() -> stalling.waiting() >= 1);

                long start = System.nanoTime();
                HttpResponse<String> response = command(app, "/ticket", "meine");
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(took).isLessThan(Duration.ofSeconds(3));
                assertThat(response.body()).contains("Meine offenen Tickets");
            }
        }
    }

    /** Opens tickets and forwards them with the customer e-mail on, so the outbox is busy with the stalling server. */
    private static StaffMember queueReceipts(ConfigurableApplicationContext app, int count) {
        StaffRepository staff = app.getBean(StaffRepository.class);
        CustomerRepository customers = app.getBean(CustomerRepository.class);
        DemoData.in(app).loadIfAbsent();
        CatalogService catalog = app.getBean(CatalogService.class);
        CreationService creation = app.getBean(CreationService.class);
        StaffMember sales = staff.save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        StaffMember technician = staff.save(StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN));
        Customer customer = Customer.create("K-ACK", "Stau GmbH");
        Contact anna =
                customer.addContact(Contact.create("Anna Berger", EmailAddress.of("anna@stau.test"), "", Language.DE));
        customers.save(customer);
        for (int i = 0; i < count; i++) {
            Ticket ticket = creation.open(
                    new OpenTicket(
                            customer.id(),
                            anna.id(),
                            catalog.types().get(0).id(),
                            catalog.categories().get(0).id(),
                            "Drucker " + i,
                            ""),
                    sales);
            creation.forward(ForwardTicket.to(ticket.id(), technician.id()), sales);
        }
        return sales;
    }

    private static HttpResponse<String> command(ConfigurableApplicationContext app, String command, String text)
            throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String body = "team_id=" + TestSlack.TEAM + "&user_id=UACK&command="
                + URLEncoder.encode(command, StandardCharsets.UTF_8)
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode(TestSlack.shared().responseUrl(), StandardCharsets.UTF_8) + "&trigger_id=t-ack";
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("X-Slack-Request-Timestamp", ts)
                                .header("X-Slack-Signature", TestSlack.sign(ts, body, TestSlack.SIGNING_SECRET))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
