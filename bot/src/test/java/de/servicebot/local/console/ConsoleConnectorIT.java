package de.servicebot.local.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.servicebot.adapter.postgres.EmbeddedDatabase;
import de.servicebot.bot.local.LocalServicebot;
import de.servicebot.core.call.CallService;
import de.servicebot.core.call.LogCall;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.creation.ForwardTicket;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The console's path through the real Teams code: activities posted to {@code /api/messages} without a token (the
 * local run's Teams), answers and proactive messages arriving at the console's stand-in connector.
 */
class ConsoleConnectorIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static GreenMail mail;
    private static ConfigurableApplicationContext app;
    private static int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheLocalRun() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        app = LocalServicebot.start(EmbeddedDatabase.shared().newDatabase("console"), mail, "--server.port=0");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        app.close();
        mail.stop();
    }

    @Test
    void answersAMessageIntoTheConsoleConversation() throws Exception {
        StaffMember vera = demo("vera.vertrieb");

        HttpResponse<String> posted = post(message(vera, "hilfe"));

        assertThat(posted.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !connector().received(conversation(vera)).isEmpty());
        assertThat(connector().received(conversation(vera)).get(0)).contains("Das kann Servicebot");
    }

    @Test
    void answersACardActionWithTheReplacingCard() throws Exception {
        StaffMember vera = demo("vera.vertrieb");
        Customer müller = bean(CustomerRepository.class).findByNumber("K-10001").orElseThrow();
        ObjectNode invoke = message(vera, null);
        invoke.put("type", "invoke").put("name", "adaptiveCard/action").remove("text");
        ObjectNode action = invoke.putObject("value").putObject("action");
        action.put("type", "Action.Execute").put("verb", "ticket.new.customer");
        action.putObject("data").put("customer", müller.id().toString()).put("subject", "Drucker");

        HttpResponse<String> response = post(invoke);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode card = JSON.readTree(response.body()).path("value");
        assertThat(card.toString())
                .contains("Neues Ticket für Müller Maschinenbau GmbH")
                .contains("Anna Berger");
    }

    @Test
    void showsAProactiveMessageInTheConversationOfThePersonItIsFor() throws Exception {
        StaffMember vera = demo("vera.vertrieb");
        StaffMember tim = demo("tim.technik");
        post(message(tim, "meine"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !connector().received(conversation(tim)).isEmpty());
        int before = connector().received(conversation(tim)).size();

        Customer müller = bean(CustomerRepository.class).findByNumber("K-10001").orElseThrow();
        Ticket ticket = bean(CreationService.class)
                .open(
                        new OpenTicket(
                                müller.id(),
                                müller.contacts().get(0).id(),
                                bean(de.servicebot.core.catalog.CatalogService.class)
                                        .types()
                                        .get(0)
                                        .id(),
                                bean(de.servicebot.core.catalog.CatalogService.class)
                                        .categories()
                                        .get(0)
                                        .id(),
                                "Drucker",
                                ""),
                        vera);
        bean(CreationService.class)
                .forward(
                        new ForwardTicket(
                                ticket.id(),
                                tim.id(),
                                false,
                                java.util.Optional.empty(),
                                "",
                                java.util.Optional.empty()),
                        vera);
        bean(CallService.class).log(new LogCall(ticket.id(), "Anna Berger", "", "Toner ist da", false), vera);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> connector().received(conversation(tim)).size() >= before + 2);
        List<String> told = connector().received(conversation(tim)).subList(before, before + 2);
        assertThat(told).anySatisfy(assigned -> assertThat(assigned)
                .contains("Vera Vertrieb hat dir Ticket " + ticket.number()));
        assertThat(told)
                .anySatisfy(call -> assertThat(call).contains("Vera Vertrieb hat einen Anruf zu " + ticket.number()));
    }

    private ObjectNode message(StaffMember who, String text) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", "message").put("id", "act-" + System.nanoTime()).put("channelId", "msteams");
        activity.put("serviceUrl", "http://127.0.0.1:" + port + "/console/connector/")
                .put("locale", "de-DE");
        activity.putObject("from")
                .put("id", "29:" + conversation(who))
                .put("name", who.name())
                .put("aadObjectId", conversation(who));
        activity.putObject("conversation").put("id", conversation(who)).put("conversationType", "personal");
        activity.putObject("recipient").put("id", "28:servicebot").put("name", "Servicebot");
        if (text != null) {
            activity.put("text", text);
        }
        return activity;
    }

    private HttpResponse<String> post(JsonNode activity) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static StaffMember demo(String mailbox) {
        return bean(StaffRepository.class)
                .findByEmail(EmailAddress.of(mailbox + "@servicebot.local"))
                .orElseThrow();
    }

    private static String conversation(StaffMember who) {
        return ConsoleConnector.PREFIX + who.id();
    }

    private static ConsoleConnector connector() {
        return bean(ConsoleConnector.class);
    }

    private static <T> T bean(Class<T> type) {
        return app.getBean(type);
    }
}
