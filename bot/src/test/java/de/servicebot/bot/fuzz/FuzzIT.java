package de.servicebot.bot.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.BotIntegrationTest;
import de.servicebot.bot.TestConnector;
import de.servicebot.bot.TestSettings;
import de.servicebot.bot.TestSlack;
import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.feature.call.CallFeature;
import de.servicebot.bot.feature.checklist.ChecklistFeature;
import de.servicebot.bot.feature.creation.CreationFeature;
import de.servicebot.bot.feature.order.OrderFeature;
import de.servicebot.bot.feature.template.TemplateFeature;
import de.servicebot.bot.feature.time.TimeFeature;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thousands of generated requests, each a valid one with something broken (a field removed, retyped, emptied,
 * made huge or strange, the text cut off or garbled), authenticated as the platforms do, against the ERP's order
 * intake, the Bot Framework endpoint and Slack's: none is answered with a 5xx, and no answer names a Java class.
 * The generator is seeded, so a failure names the seed and request that reproduce it.
 */
class FuzzIT extends BotIntegrationTest {

    private static final int PER_ENDPOINT = 1_000;
    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?i)exception|\\b(java|javax|jakarta|org|com|tools|de)\\.[a-z0-9_]+\\.[a-z]|\\bat [a-z]+\\.[a-z]+\\.");
    private static final List<String> STRANGE = List.of(
            "",
            " ",
            "\u0000",
            "a\u0000b",
            "\uD83D\uDE00",
            "\uD800",
            "ä".repeat(3000),
            "x".repeat(70_000),
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "${jndi:ldap://x}",
            "%s%n",
            "T-2026-00001",
            "T-9999-99999",
            "00000000-0000-0000-0000-000000000000",
            UUID.randomUUID().toString(),
            "-1",
            "99999999999999999999",
            "1e309",
            "true",
            "null",
            "{}",
            "[]",
            "\"",
            "\\",
            "\r\n",
            "ticket",
            "neu",
            "zeit T-2026-00001 99h",
            "anruf T-2026-00001");

    @LocalServerPort
    int port;

    @Autowired
    StaffRepository staff;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService senders = Executors.newFixedThreadPool(4);
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private TestConnector connector;
    private String aadObjectId;
    private String slackUser;

    @BeforeEach
    void platforms() {
        connector = TestConnector.shared();
        connector.reset();
        TestSlack.shared().reset();
        StaffMember technician = StaffFixtures.aStaffMember("Tim Technik", Role.TECHNICIAN, Role.SALES);
        aadObjectId = "aad-" + UUID.randomUUID();
        technician.linkTeams(aadObjectId);
        slackUser = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        technician.linkSlack(slackUser);
        staff.save(technician);
    }

    @AfterEach
    void stop() {
        senders.shutdownNow();
    }

    @Test
    void theOrderIntakeNeverAnswers5xxNorNamesAClass() throws Exception {
        ObjectNode order = (ObjectNode) JSON.readTree("""
                {"number": "AB-1", "customerNumber": "K-10001",
                 "agreements": "Einweisung 2 h kostenlos",
                 "positions": [{"article": "Dell Latitude 5550", "quantity": 3, "unit": "Stück"}]}""");
        fuzz("orders", random -> {
            ObjectNode copy = order.deepCopy();
            copy.put("number", "AB-" + random.nextInt(1_000_000));
            String body = mutated(copy, random);
            return HttpRequest.newBuilder(uri("/api/orders"))
                    .header("X-Api-Key", TestSettings.ERP_KEY)
                    .header("Content-Type", random.nextInt(10) == 0 ? "text/plain" : "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
        });
    }

    @Test
    void theBotFrameworkEndpointNeverAnswers5xxNorNamesAClass() throws Exception {
        String token = connector.token();
        fuzz("teams", random -> {
            ObjectNode activity = connector.message(random.nextBoolean() ? aadObjectId : "aad-stranger", "hilfe");
            if (random.nextBoolean()) {
                activity.put("type", "invoke").remove("text");
                if (random.nextInt(3) == 0) {
                    activity.put("name", "application/search");
                    activity.putObject("value").put("dataset", "customers").put("queryText", strange(random));
                } else {
                    activity.put("name", "adaptiveCard/action");
                    ObjectNode action = activity.putObject("value").putObject("action");
                    action.put("type", "Action.Execute").put("verb", verb(random));
                    action.set("data", cardData(random));
                }
            } else {
                activity.put("text", strange(random));
            }
            String body = mutated(activity, random);
            return HttpRequest.newBuilder(uri("/api/messages"))
                    .header(
                            "Authorization",
                            random.nextInt(20) == 0 ? "Bearer " + garbled(token, random) : "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
        });
    }

    @Test
    void slacksEndpointNeverAnswers5xxNorNamesAClass() throws Exception {
        fuzz("slack", random -> {
            String body;
            String type;
            switch (random.nextInt(4)) {
                case 0 -> {
                    body = form(Map.of(
                            "team_id",
                            TestSlack.TEAM,
                            "user_id",
                            random.nextBoolean() ? slackUser : strange(random),
                            "command",
                            random.nextBoolean() ? "/ticket" : "/zeit",
                            "text",
                            strange(random),
                            "api_app_id",
                            "A1",
                            "response_url",
                            TestSlack.shared().responseUrl(),
                            "trigger_id",
                            "trigger-1"));
                    type = "application/x-www-form-urlencoded";
                }
                case 1 -> {
                    body = "payload="
                            + URLEncoder.encode(mutated(viewSubmission(random), random), StandardCharsets.UTF_8);
                    type = "application/x-www-form-urlencoded";
                }
                case 2 -> {
                    body = "payload=" + URLEncoder.encode(mutated(blockAction(random), random), StandardCharsets.UTF_8);
                    type = "application/x-www-form-urlencoded";
                }
                default -> {
                    ObjectNode event = JSON.createObjectNode();
                    event.put("type", "event_callback")
                            .put("team_id", TestSlack.TEAM)
                            .put("api_app_id", "A1");
                    event.put("event_id", "Ev" + random.nextLong());
                    event.putObject("event").put("type", "app_home_opened").put("user", slackUser);
                    body = mutated(event, random);
                    type = "application/json";
                }
            }
            String ts = String.valueOf(java.time.Instant.now().getEpochSecond());
            return HttpRequest.newBuilder(uri("/slack/events"))
                    .header("Content-Type", type)
                    .header("X-Slack-Request-Timestamp", ts)
                    .header("X-Slack-Signature", TestSlack.sign(ts, body, TestSlack.SIGNING_SECRET))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
        });
    }

    private void fuzz(String endpoint, Function<Random, HttpRequest> generator) throws Exception {
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < PER_ENDPOINT; i++) {
            int number = i;
            sent.add(senders.submit(() -> {
                Random random = new Random(SEED * 31 + endpoint.hashCode() * 7919L + number);
                HttpRequest request = generator.apply(random);
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() >= 500
                            || CLASS_NAME.matcher(response.body()).find()) {
                        failures.add(endpoint + " #" + number + " (seed " + SEED + "): " + response.statusCode() + " "
                                + cut(response.body()));
                    }
                } catch (Exception e) {
                    failures.add(endpoint + " #" + number + " (seed " + SEED + "): " + e);
                }
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        assertThat(failures).as("requests answered badly").isEmpty();
    }

    private ObjectNode viewSubmission(Random random) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "view_submission").put("api_app_id", "A1").put("trigger_id", "trigger-2");
        payload.putObject("team").put("id", TestSlack.TEAM);
        payload.putObject("user").put("id", slackUser).put("team_id", TestSlack.TEAM);
        ObjectNode view = payload.putObject("view");
        view.put("id", "V" + random.nextInt()).put("type", "modal").put("callback_id", verb(random));
        view.put("team_id", TestSlack.TEAM);
        view.put("private_metadata", cardData(random).toString());
        ObjectNode values = view.putObject("state").putObject("values");
        for (String field : List.of("subject", "duration", "summary", "technician", "text")) {
            values.putObject(field)
                    .putObject(field)
                    .put("type", "plain_text_input")
                    .put("value", strange(random));
        }
        view.putArray("blocks");
        return payload;
    }

    private ObjectNode blockAction(Random random) {
        return TestSlack.shared()
                .blockAction(slackUser, verb(random), cardData(random).toString());
    }

    private static ObjectNode cardData(Random random) {
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of(
                Actions.TICKET_ID,
                TimeFeature.ENTRY_ID,
                ChecklistFeature.CHECKLIST_ID,
                ChecklistFeature.POINT,
                CreationFeature.CUSTOMER_ID,
                Actions.FORM_TOKEN,
                "subject",
                "duration",
                "technician")) {
            if (random.nextBoolean()) {
                data.put(key, strange(random));
            }
        }
        return data;
    }

    private static String verb(Random random) {
        List<String> verbs = List.of(
                CreationFeature.NEW_TICKET_CUSTOMER,
                CreationFeature.NEW_TICKET,
                Actions.SHOW_TICKET,
                CreationFeature.FORWARD_OPEN,
                CreationFeature.FORWARD,
                TimeFeature.OPEN,
                TimeFeature.BOOK,
                TimeFeature.SHEET,
                TimeFeature.EDIT,
                TimeFeature.DELETE,
                CallFeature.OPEN,
                CallFeature.LOG,
                ChecklistFeature.SHOW,
                ChecklistFeature.TICK_OPEN,
                ChecklistFeature.TICK,
                ChecklistFeature.UNTICK,
                ChecklistFeature.RESOLVE,
                OrderFeature.TICKETS,
                TemplateFeature.SAVE,
                "ticket.unknown");
        return verbs.get(random.nextInt(verbs.size()));
    }

    /** The token with one character changed or the text cut: what a broken client or an attacker sends. */
    private static String garbled(String token, Random random) {
        char[] chars =
                token.substring(0, 1 + random.nextInt(token.length() - 1)).toCharArray();
        chars[random.nextInt(chars.length)] = (char) ('!' + random.nextInt(90));
        return new String(chars);
    }

    private static String strange(Random random) {
        return STRANGE.get(random.nextInt(STRANGE.size()));
    }

    /** The JSON with one to three things broken, as text; sometimes the text itself is cut off or garbled. */
    private static String mutated(ObjectNode json, Random random) {
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            ObjectNode parent = randomObject(json, random);
            List<String> names = new ArrayList<>(parent.propertyNames());
            String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(6)) {
                case 0 -> parent.remove(name);
                case 1 -> parent.put(name, strange(random));
                case 2 -> parent.put(name, random.nextLong());
                case 3 -> parent.putNull(name);
                case 4 -> parent.set(name, random.nextBoolean() ? deep(random) : JsonNodeFactory.instance.arrayNode());
                default -> parent.put(name, random.nextBoolean());
            }
        }
        String text = json.toString();
        return switch (random.nextInt(10)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> {
                char[] chars = text.toCharArray();
                chars[random.nextInt(chars.length)] = (char) random.nextInt(0x3000);
                yield new String(chars);
            }
            default -> text;
        };
    }

    private static ObjectNode randomObject(ObjectNode json, Random random) {
        ObjectNode at = json;
        while (random.nextBoolean()) {
            List<JsonNode> objects = at.valueStream().filter(JsonNode::isObject).toList();
            if (objects.isEmpty()) {
                break;
            }
            at = (ObjectNode) objects.get(random.nextInt(objects.size()));
        }
        return at;
    }

    private static JsonNode deep(Random random) {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode at = root;
        for (int i = 0, n = random.nextInt(200); i < n; i++) {
            at = at.addArray();
        }
        return root;
    }

    private static String form(Map<String, String> fields) {
        return String.join(
                "&",
                fields.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .toList());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String cut(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
