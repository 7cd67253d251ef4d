package de.servicebot.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.BotIntegrationTest;
import de.servicebot.bot.TestConnector;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

/** Activities and tokens the Bot Connector would never send, with authentication on: refused, never a 500. */
@ExtendWith(OutputCaptureExtension.class)
class TeamsEdgeIT extends BotIntegrationTest {

    private final TestConnector connector = TestConnector.shared();
    private final String aadObjectId = "aad-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @BeforeEach
    void connector() {
        connector.reset();
    }

    @Test
    void refusesActivitiesWithoutSenderConversationOrServiceUrlWith400() throws Exception {
        Map<String, Consumer<ObjectNode>> garbles = new LinkedHashMap<>();
        garbles.put("without from", activity -> activity.remove("from"));
        garbles.put("without from.id", activity -> ((ObjectNode) activity.path("from")).remove("id"));
        garbles.put("with a blank from.id", activity -> ((ObjectNode) activity.path("from")).put("id", " "));
        garbles.put("without conversation", activity -> activity.remove("conversation"));
        garbles.put("without conversation.id", activity -> ((ObjectNode) activity.path("conversation")).remove("id"));
        garbles.put("without serviceUrl", activity -> activity.remove("serviceUrl"));

        for (Map.Entry<String, Consumer<ObjectNode>> garble : garbles.entrySet()) {
            ObjectNode activity = connector.message(aadObjectId, "meine");
            garble.getValue().accept(activity);

            HttpResponse<String> response =
                    TestConnector.postActivity(port, activity.toString(), "Bearer " + connector.token());

            assertThat(response.statusCode()).as(garble.getKey()).isEqualTo(400);
        }
        assertThat(connector.server().getAllServeEvents())
                .noneMatch(event -> event.getRequest().getUrl().contains("/v3/conversations"));
    }

    @Test
    void answersMalformedTokensWith401AndLogsNoErrorOrStackTrace(CapturedOutput output) throws Exception {
        String activity = connector.message(aadObjectId, "meine").toString();
        int before = output.getOut().length();

        for (String authorization : new String[] {
            "Bearer",
            "Bearer ",
            "Bearer abc",
            "Bearer a.b.c",
            "Bearer ....",
            "Basic dXNlcjpwYXNz",
            "bearer x y z",
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2ln",
            "Bearer " + "A".repeat(4_000)
        }) {
            HttpResponse<String> response = TestConnector.postActivity(port, activity, authorization);

            assertThat(response.statusCode()).as(abbreviated(authorization)).isEqualTo(401);
            assertThat(response.body()).as(abbreviated(authorization)).doesNotContain("Exception");
        }
        String logged = output.getOut().substring(before);
        assertThat(logged).doesNotContain(" ERROR ").doesNotContain("\tat ");
    }

    @Test
    void neverPassesExceptionTextOfTheSdksInvokeHandlersToTheCaller(CapturedOutput output) throws Exception {
        int before = output.getOut().length();
        for (String name : new String[] {
            "fileConsent/invoke",
            "adaptiveCard/action",
            "composeExtension/query",
            "task/fetch",
            "signin/verifyState",
            "application/search",
            "no/such/invoke"
        }) {
            for (String value : new String[] {"\"garbled\"", "[1,2]", "{\"action\":\"x\",\"context\":7}", "null"}) {
                ObjectNode invoke = connector.message(aadObjectId, null);
                invoke.put("type", "invoke").put("name", name);
                invoke.set(
                        "value",
                        tools.jackson.databind.json.JsonMapper.builder().build().readTree(value));

                HttpResponse<String> response =
                        TestConnector.postActivity(port, invoke.toString(), "Bearer " + connector.token());

                assertThat(response.statusCode()).as(name + " " + value).isLessThan(500);
                assertThat(response.body())
                        .as(name + " " + value)
                        .doesNotContain("Exception")
                        .doesNotContainPattern("(com|java|tools)\\.[a-z]+\\.");
            }
        }
        assertThat(output.getOut().substring(before)).doesNotContain(" ERROR ");
    }

    @Test
    void countsTheBodyLimitInBytesNotCharacters() throws Exception {
        String umlauts = "ü".repeat(150_000);
        String activity = connector.message(aadObjectId, umlauts).toString();

        HttpResponse<String> response = TestConnector.postActivity(port, activity, "Bearer " + connector.token());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private static String abbreviated(String header) {
        return header.length() > 40 ? header.substring(0, 40) + "…" : header;
    }
}
