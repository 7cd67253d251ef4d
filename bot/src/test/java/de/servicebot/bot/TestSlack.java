package de.servicebot.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** WireMock playing Slack's Web API, and the signing of requests as Slack signs them. */
public final class TestSlack {

    public static final String BOT_TOKEN = "xoxb-test-token";
    public static final String SIGNING_SECRET = "test-signing-secret";
    public static final String TEAM = "T0SERVICE";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestSlack shared;

    private final WireMockServer server;

    private TestSlack() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        stubSlack();
    }

    public static synchronized TestSlack shared() {
        if (shared == null) {
            shared = new TestSlack();
        }
        return shared;
    }

    public WireMockServer server() {
        return server;
    }

    public Map<String, String> settings() {
        return Map.of(
                "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "servicebot.slack.allowed-teams", TEAM,
                "servicebot.slack.api-url", server.baseUrl() + "/api/");
    }

    /** Where {@code respond()} posts: the response URL in test payloads. */
    public String responseUrl() {
        return server.baseUrl() + "/respond";
    }

    public void reset() {
        server.resetAll();
        stubSlack();
    }

    /** {@code users.info} answers with this e-mail for every user. */
    public void knowsUser(String email) {
        server.stubFor(post(urlPathEqualTo("/api/users.info"))
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"U1\",\"team_id\":\"" + TEAM
                        + "\",\"profile\":{\"email\":\"" + email + "\"}}}")));
    }

    /** {@code chat.postMessage} answers 429 once, asking to retry after the given seconds. */
    public void throttlesPostMessageOnce(int retryAfterSeconds) {
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .inScenario("throttled")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", String.valueOf(retryAfterSeconds))
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
                .willSetStateTo("throttled once"));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .inScenario("throttled")
                .whenScenarioStateIs("throttled once")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"2.0\"}")));
    }

    /** {@code chat.postMessage} fails once with the HTTP status (a 500, say), then takes messages again. */
    public void failsPostMessageOnce(int status) {
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .inScenario("failing")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(status).withBody("upstream connect error"))
                .willSetStateTo("failed once"));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .inScenario("failing")
                .whenScenarioStateIs("failed once")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"3.0\"}")));
    }

    /** The {@code X-Slack-Signature} for a body sent at the timestamp, computed in UTF-8 whatever the JVM's charset. */
    public static String sign(String timestamp, String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0="
                    + HexFormat.of()
                            .formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts the body to the app's {@code /slack/events}, signed now with the signing secret, as Slack does. */
    public static HttpResponse<String> postSigned(int port, String body, String contentType) throws Exception {
        String ts = String.valueOf(java.time.Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", sign(ts, body, SIGNING_SECRET))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A {@code block_actions} payload as Slack sends it when the user presses the button with the action id. */
    public ObjectNode blockAction(String user, String actionId, String value) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("type", "block_actions").put("api_app_id", "A1").put("trigger_id", "trigger-3");
        payload.put("response_url", responseUrl());
        payload.putObject("team").put("id", TEAM).put("domain", "service");
        payload.putObject("user").put("id", user).put("team_id", TEAM);
        payload.putObject("channel").put("id", "D1");
        payload.putArray("actions")
                .addObject()
                .put("type", "button")
                .put("block_id", "b1")
                .put("action_id", actionId)
                .put("value", value)
                .put("action_ts", String.valueOf(java.time.Instant.now().getEpochSecond()));
        return payload;
    }

    /** An interactivity payload as Slack posts it: form-encoded JSON under {@code payload}. */
    public static String interactivity(String payloadJson) {
        return "payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8);
    }

    private void stubSlack() {
        server.stubFor(post(urlPathEqualTo("/api/auth.test"))
                .willReturn(okJson(
                        "{\"ok\":true,\"url\":\"https://servicebot.slack.com/\",\"team\":\"Service\",\"user\":\"servicebot\",\"team_id\":\""
                                + TEAM + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}")));
        server.stubFor(
                post(urlPathEqualTo("/api/views.open")).willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V1\"}}")));
        server.stubFor(post(urlPathEqualTo("/api/views.publish")).willReturn(okJson("{\"ok\":true}")));
        server.stubFor(post(urlPathEqualTo("/api/conversations.open"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"D1\"}}")));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1.0\"}")));
        server.stubFor(post(urlPathMatching("/respond.*")).willReturn(okJson("{\"ok\":true}")));
        server.stubFor(post(urlPathEqualTo("/api/users.info"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
    }
}
