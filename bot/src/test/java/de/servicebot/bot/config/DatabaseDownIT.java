package de.servicebot.bot.config;

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
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With PostgreSQL stopped, a person still gets an answer within 3 seconds that says the bot cannot be reached, health
 * says DOWN within 5 seconds, and both come back by themselves when the database is back.
 */
class DatabaseDownIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersFriendlyReportsDownAndRecoversWhenTheDatabaseComesBack() throws Exception {
        Path data = Files.createTempDirectory("servicebot-down");
        int dbPort = freePort();
        EmbeddedDatabase database = EmbeddedDatabase.persistentIn(data, dbPort);
        try (ConfigurableApplicationContext app = startWithSalesOn(database)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(command(port, "U0DOWN").body()).contains("Meine offenen Tickets");

            database.stop();

            long start = System.nanoTime();
            HttpResponse<String> down = command(port, "U0DOWN");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(down.statusCode()).isEqualTo(200);
            assertThat(down.body()).contains("gerade nicht erreichbar").doesNotContain("Referenz");
            assertThat(took).isLessThan(Duration.ofSeconds(3));
            long healthStart = System.nanoTime();
            HttpResponse<String> health = health(port);
            assertThat(Duration.ofNanos(System.nanoTime() - healthStart)).isLessThan(Duration.ofSeconds(5));
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");

            EmbeddedDatabase again = EmbeddedDatabase.persistentIn(data, dbPort);
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> health(port).statusCode() == 200);
                assertThat(command(port, "U0DOWN").body()).contains("Meine offenen Tickets");
            } finally {
                app.close();
                again.stop();
            }
        }
    }

    /**
     * A frozen database (every PostgreSQL process stopped with SIGSTOP: connections open, nothing answers) is the
     * harder case: nothing fails, everything waits. The answer still comes within 3 seconds, from the timeouts.
     */
    @Test
    void answersFriendlyWithinThreeSecondsWhileTheDatabaseIsFrozen() throws Exception {
        Path data = Files.createTempDirectory("servicebot-frozen");
        EmbeddedDatabase database = EmbeddedDatabase.persistentIn(data, freePort());
        long postmaster = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        try (ConfigurableApplicationContext app = startWithSalesOn(database)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(command(port, "U0FROZEN").body()).contains("Meine offenen Tickets");

            signal("-STOP", postmaster);
            try {
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> frozen = command(port, "U0FROZEN");
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    assertThat(frozen.statusCode()).isEqualTo(200);
                    assertThat(frozen.body()).as("answer %d", i).contains("gerade nicht erreichbar");
                    assertThat(took).as("answer %d", i).isLessThan(Duration.ofSeconds(3));
                }
                long healthStart = System.nanoTime();
                HttpResponse<String> health = health(port);
                assertThat(Duration.ofNanos(System.nanoTime() - healthStart)).isLessThan(Duration.ofSeconds(5));
                assertThat(health.statusCode()).isEqualTo(503);
            } finally {
                signal("-CONT", postmaster);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> health(port).statusCode() == 200);
            assertThat(command(port, "U0FROZEN").body()).contains("Meine offenen Tickets");
        } finally {
            database.stop();
        }
    }

    /**
     * Sends the signal to the PostgreSQL server and every process it started (one per connection). The pool may open
     * a connection while the signal is on its way, so the server forks a backend after the list was taken: the
     * signal goes again until no process is new.
     */
    private static void signal(String signal, long postmaster) throws Exception {
        java.util.Set<Long> signalled = new java.util.HashSet<>();
        while (true) {
            java.util.Set<Long> now = new java.util.TreeSet<>();
            now.add(postmaster);
            ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(child -> now.add(child.pid()));
            if (signalled.containsAll(now)) {
                return;
            }
            List<String> command = new java.util.ArrayList<>(List.of("kill", signal));
            now.forEach(pid -> command.add(String.valueOf(pid)));
            // a backend that ended meanwhile makes kill report failure; the others got the signal
            new ProcessBuilder(command).inheritIO().start().waitFor();
            signalled.addAll(now);
        }
    }

    /** Servicebot on the database, with Slack, and Vera Vertrieb on the staff, known to Slack. */
    private static ConfigurableApplicationContext startWithSalesOn(EmbeddedDatabase database) {
        TestSlack slack = TestSlack.shared();
        slack.reset();
        Map<String, Object> settings = new HashMap<>(database.springProperties());
        settings.putAll(TestSettings.mailAndOutbox(TestMailServer.shared().port()));
        settings.putAll(slack.settings());
        settings.put("server.port", "0");
        ConfigurableApplicationContext app =
                new SpringApplicationBuilder(ServicebotApplication.class).run(TestSettings.asArguments(settings));
        StaffMember sales =
                app.getBean(StaffRepository.class).save(StaffFixtures.aStaffMember("Vera Vertrieb", Role.SALES));
        slack.knowsUser(sales.email().value());
        return app;
    }

    private HttpResponse<String> command(int port, String user) throws Exception {
        String body = "team_id=" + TestSlack.TEAM + "&user_id=" + user + "&command=%2Fticket&text="
                + URLEncoder.encode("meine", StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode(TestSlack.shared().responseUrl(), StandardCharsets.UTF_8)
                + "&trigger_id=trigger-1&api_app_id=A1";
        return TestSlack.postSigned(port, body, "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> health(int port) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
