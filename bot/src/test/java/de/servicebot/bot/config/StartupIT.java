package de.servicebot.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.adapter.postgres.EmbeddedDatabase;
import de.servicebot.bot.BotIntegrationTest;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

@ExtendWith(OutputCaptureExtension.class)
class StartupIT extends BotIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void reportsItselfHealthyWithDatabaseAndScheduler() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .contains("\"db\":{\"status\":\"UP\"}")
                .contains("\"dbScheduler\":{\"status\":\"UP\"}");
    }

    @Test
    void refusesToStartWithoutTheSenderAddressAndSaysWhichSettingIsMissing(CapturedOutput output) {
        Map<String, Object> settings = new HashMap<>(EmbeddedDatabase.shared().springProperties());
        settings.putAll(TestSettings.mailAndOutbox(TestMailServer.shared().port()));
        settings.remove("servicebot.mail.from");
        settings.put("server.port", "0");

        assertThatThrownBy(() -> new SpringApplicationBuilder(ServicebotApplication.class)
                        .run(TestSettings.asArguments(settings))
                        .close())
                .isNotNull();

        assertThat(output.getAll()).contains("servicebot.mail.from").contains("must not be blank");
    }

    @Test
    void refusesAWrongTeamsOrSlackSettingAndNamesIt(CapturedOutput output) {
        Map<String, Object> teams = new HashMap<>(EmbeddedDatabase.shared().springProperties());
        teams.putAll(TestSettings.mailAndOutbox(TestMailServer.shared().port()));
        teams.put("server.port", "0");
        teams.put("db-scheduler.enabled", "false");
        Map<String, Object> slack = new HashMap<>(teams);
        teams.putAll(Map.of(
                "MicrosoftAppId", "app",
                "MicrosoftAppPassword", "secret",
                "MicrosoftAppTenantId", "tenant",
                "MicrosoftAppType", "Sometimes"));
        slack.putAll(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_SIGNING_SECRET", "s",
                "servicebot.slack.api-url", "slack.com/api"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(ServicebotApplication.class)
                        .run(TestSettings.asArguments(teams))
                        .close())
                .isNotNull();
        assertThat(output.getAll())
                .contains("servicebot.teams.appType")
                .contains("must be SingleTenant or MultiTenant");

        assertThatThrownBy(() -> new SpringApplicationBuilder(ServicebotApplication.class)
                        .run(TestSettings.asArguments(slack))
                        .close())
                .isNotNull();
        assertThat(output.getAll()).contains("servicebot.slack.apiUrl").contains("must be an http(s) URL");
    }
}
