package de.servicebot.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.servicebot.adapter.postgres.EmbeddedDatabase;
import de.servicebot.bot.ServicebotApplication;
import de.servicebot.bot.TestMailServer;
import de.servicebot.bot.TestSettings;
import de.servicebot.bot.TestSlack;
import de.servicebot.core.staff.Role;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Socket Mode: the bot connects to Slack itself, handles an envelope and acknowledges it on the same connection. */
class SlackSocketModeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void handlesASlashCommandEnvelopeAndAcknowledgesIt() throws Exception {
        FakeSocketModeServer socket = new FakeSocketModeServer();
        socket.start();
        assertThat(socket.listening.await(10, TimeUnit.SECONDS))
                .as("fake Socket Mode server listening")
                .isTrue();
        TestSlack slack = TestSlack.shared();
        slack.reset();
        slack.server()
                .stubFor(post(urlPathEqualTo("/api/apps.connections.open"))
                        .willReturn(okJson("{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/\"}")));
        try (ConfigurableApplicationContext app = startInSocketMode("slack_socket")) {
            StaffMember tina =
                    app.getBean(StaffRepository.class).save(StaffFixtures.aStaffMember("Tina", Role.TECHNICIAN));
            slack.knowsUser(tina.email().value());
            await().atMost(Duration.ofSeconds(15)).until(() -> socket.connected != null);

            socket.connected.send("""
                    {"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
                     "payload":{"token":"x","team_id":"%s","team_domain":"service","channel_id":"D1","user_id":"USOCK",
                      "user_name":"tina","command":"/ticket","text":"hilfe","api_app_id":"A1",
                      "response_url":"%s","trigger_id":"t-1"}}""".formatted(TestSlack.TEAM, slack.responseUrl()));

            await().atMost(Duration.ofSeconds(10)).until(() -> !socket.acks.isEmpty());
            JsonNode ack = JSON.readTree(socket.acks.get(0));
            assertThat(ack.path("envelope_id").asString()).isEqualTo("env-1");
            assertThat(ack.path("payload").toString()).contains("Das kann Servicebot");
        } finally {
            socket.stop(1000);
        }
    }

    @Test
    void startsWithSlackUnreachableTellsHealthAndConnectsOnceSlackIsBack() throws Exception {
        FakeSocketModeServer socket = new FakeSocketModeServer();
        socket.start();
        assertThat(socket.listening.await(10, TimeUnit.SECONDS)).isTrue();
        TestSlack slack = TestSlack.shared();
        slack.reset();
        slack.server()
                .stubFor(post(urlPathEqualTo("/api/apps.connections.open"))
                        .willReturn(aResponse().withStatus(503).withBody("unavailable")));
        try (ConfigurableApplicationContext app = startInSocketMode("slack_socket_later")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JsonNode health = JSON.readTree(get(port, "/actuator/health"));
            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.path("components").path("slack").path("status").asString())
                    .isEqualTo("UNKNOWN");

            slack.server()
                    .stubFor(post(urlPathEqualTo("/api/apps.connections.open"))
                            .willReturn(okJson("{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/\"}")));

            await().atMost(Duration.ofSeconds(20)).until(() -> socket.connected != null);
            await().atMost(Duration.ofSeconds(5)).until(() -> JSON.readTree(get(port, "/actuator/health"))
                    .path("components")
                    .path("slack")
                    .path("status")
                    .asString()
                    .equals("UP"));
        } finally {
            socket.stop(1000);
        }
    }

    /** Servicebot on a database of its own, with Slack in Socket Mode. */
    private static ConfigurableApplicationContext startInSocketMode(String database) {
        Map<String, Object> settings = new HashMap<>(EmbeddedDatabase.shared().newDatabase(database));
        settings.putAll(TestSettings.mailAndOutbox(TestMailServer.shared().port()));
        settings.putAll(TestSlack.shared().settings());
        settings.put("SLACK_APP_TOKEN", "xapp-test-token");
        settings.put("server.port", "0");
        return new SpringApplicationBuilder(ServicebotApplication.class).run(TestSettings.asArguments(settings));
    }

    private static String get(int port, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** Plays Slack's Socket Mode endpoint: says hello to whoever connects and keeps what they send back. */
    private static final class FakeSocketModeServer extends WebSocketServer {

        final List<String> acks = new CopyOnWriteArrayList<>();
        final CountDownLatch listening = new CountDownLatch(1);
        volatile WebSocket connected;

        FakeSocketModeServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            connection.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A1\"},"
                    + "\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":18060}}");
            connected = connection;
        }

        @Override
        public void onMessage(WebSocket connection, String message) {
            if (message.contains("envelope_id")) {
                acks.add(message);
            }
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {}

        @Override
        public void onError(WebSocket connection, Exception failure) {}

        @Override
        public void onStart() {
            listening.countDown();
        }
    }
}
