package de.servicebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.BotIntegrationTest;
import de.servicebot.bot.TestSlack;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What Slack sends at the edges, over signed HTTP with the workspace allow-list on. */
class SlackEdgeIT extends BotIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FOREIGN_TEAM = "T0FOREIGN";

    @LocalServerPort
    int port;

    @BeforeEach
    void slack() {
        TestSlack.shared().reset();
    }

    @Test
    void answersSlacksUrlVerificationWithTheChallengeAlthoughItNamesNoWorkspace() throws Exception {
        String body = "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                + "\"type\":\"url_verification\"}";

        HttpResponse<String> response = TestSlack.postSigned(port, body, "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void refusesAModalOfAWorkspaceNotAllowedNextToItsFirstField() throws Exception {
        String payload =
                "{\"type\":\"view_submission\",\"api_app_id\":\"A1\",\"team\":{\"id\":\"" + FOREIGN_TEAM + "\"},"
                        + "\"user\":{\"id\":\"U0STRANGER\"},\"view\":{\"id\":\"V1\",\"type\":\"modal\",\"callback_id\":\"ticket.new\","
                        + "\"blocks\":[{\"type\":\"input\",\"block_id\":\"subject\",\"label\":{\"type\":\"plain_text\","
                        + "\"text\":\"Betreff\"},\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"subject\"}}],"
                        + "\"state\":{\"values\":{}}}}";

        HttpResponse<String> response =
                TestSlack.postSigned(port, TestSlack.interactivity(payload), "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("response_action").asString()).isEqualTo("errors");
        assertThat(answer.path("errors").path("subject").asString()).contains("nicht freigeschaltet");
    }

    @Test
    void answersSignedGarbleWith400AndNoClassName() throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("payload that is not JSON", TestSlack.interactivity("{not json"));
        bodies.put("payload of the wrong shape", TestSlack.interactivity("[1,2,3]"));
        bodies.put(
                "view submission without state",
                TestSlack.interactivity(
                        "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + TestSlack.TEAM
                                + "\"},\"user\":{\"id\":\"U1\"},\"view\":{\"type\":\"modal\",\"callback_id\":\"ticket.new\"}}"));
        bodies.put(
                "block action without actions",
                TestSlack.interactivity("{\"type\":\"block_actions\",\"team\":{\"id\":\"" + TestSlack.TEAM
                        + "\"},\"user\":{\"id\":\"U1\"}}"));
        bodies.put("event that is not JSON", "{\"type\":\"event_callback\",");

        for (Map.Entry<String, String> body : bodies.entrySet()) {
            String type = body.getKey().startsWith("event") ? "application/json" : "application/x-www-form-urlencoded";
            HttpResponse<String> response = TestSlack.postSigned(port, body.getValue(), type);

            assertThat(response.statusCode()).as(body.getKey()).isEqualTo(400);
            assertThat(response.body()).as(body.getKey()).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]\\w+");
            assertThat(response.body()).as(body.getKey()).doesNotContain("Exception");
        }
    }
}
