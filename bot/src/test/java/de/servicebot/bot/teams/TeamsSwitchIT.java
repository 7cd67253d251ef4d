package de.servicebot.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.adapter.postgres.EmbeddedDatabase;
import de.servicebot.bot.ServicebotApplication;
import de.servicebot.bot.TestMailServer;
import de.servicebot.bot.TestSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** When Teams is on: with credentials; without them not at all; unauthenticated only for a loopback-only server. */
class TeamsSwitchIT {

    @Test
    void keepsTheTeamsEndpointOffWithoutCredentials() throws Exception {
        try (ConfigurableApplicationContext app = start(Map.of())) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"type\":\"message\",\"text\":\"hilfe\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void refusesToRunTeamsUnauthenticatedOnAnAddressOthersCanReach() {
        assertThatThrownBy(() -> start(Map.of("servicebot.teams.authentication", "false", "server.address", "0.0.0.0"))
                        .close())
                .rootCause()
                .hasMessageContaining("servicebot.teams.authentication=false")
                .hasMessageContaining("loopback");
    }

    @Test
    void refusesTeamsWithAnAppIdButNoSecretAndNamesTheSetting() {
        assertThatThrownBy(() -> start(Map.of("MicrosoftAppId", "some-app", "MicrosoftAppTenantId", "t"))
                        .close())
                .rootCause()
                .hasMessageContaining("MicrosoftAppPassword");
    }

    private static ConfigurableApplicationContext start(Map<String, String> teams) {
        Map<String, Object> settings = new HashMap<>(EmbeddedDatabase.shared().springProperties());
        settings.putAll(TestSettings.mailAndOutbox(TestMailServer.shared().port()));
        settings.put("server.port", "0");
        settings.put("db-scheduler.enabled", "false");
        settings.putAll(teams);
        return new SpringApplicationBuilder(ServicebotApplication.class).run(TestSettings.asArguments(settings));
    }
}
