package de.servicebot.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import de.servicebot.core.shared.HandledRequests;
import de.servicebot.core.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Bolt app, configured only from {@link SlackSettings} (never from Bolt's own environment defaults), with three
 * middlewares: our signature check (UTF-8 whatever the JVM's charset, in place of Bolt's), workspaces not on the
 * allow-list are refused, and an event Slack delivers again (a retry) is acknowledged without being handled twice. Over HTTP it has its own servlet at
 * {@code /slack/events}, so nothing reads the signed body before Bolt.
 */
@Configuration(proxyBeanMethods = false)
public class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);
    private static final Pattern EVENT_ID = Pattern.compile("\"event_id\"\\s*:\\s*\"([^\"]+)\"");

    @Bean
    App slackApp(SlackSettings settings, SlackTexts texts, HandledRequests handled, Transactions transactions) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        AppConfig.AppConfigBuilder app = AppConfig.builder()
                .singleTeamBotToken(settings.botToken())
                .slack(Slack.getInstance(config))
                .clientId(null)
                .clientSecret(null);
        AppConfig boltConfig = app.build();
        boltConfig.setRequestVerificationEnabled(false);
        App bolt = new App(boltConfig);
        bolt.use(signatureCheck(settings));
        bolt.use(new SlackWorkspaceGate(settings, texts, bolt.slack()));
        bolt.use((request, response, chain) -> {
            if (request instanceof EventRequest event) {
                Matcher id = EVENT_ID.matcher(event.getRequestBodyAsString());
                if (id.find() && !firstTime(transactions, handled, "slack-event:" + id.group(1))) {
                    log.info(
                            "Slack event {} delivered again (retry {}); already handled",
                            id.group(1),
                            event.getContext().getRetryNum());
                    return Response.ok();
                }
            }
            return chain.next(request);
        });
        return bolt;
    }

    /** Whether the key is seen for the first time, on any instance: remembered in the database. */
    private static boolean firstTime(Transactions transactions, HandledRequests handled, String key) {
        return key.length() > HandledRequests.MAX_KEY_LENGTH || transactions.inTransaction(() -> handled.claim(key));
    }

    @Bean
    ServletRegistrationBean<SlackEndpoint> slackServlet(App slackApp, SlackSettings settings) {
        return new ServletRegistrationBean<>(new SlackEndpoint(slackApp, signatureCheck(settings)), "/slack/events");
    }

    private static SlackSignatureCheck signatureCheck(SlackSettings settings) {
        return new SlackSignatureCheck(settings.signingSecret(), Clock.systemUTC());
    }

    @Bean
    SlackDirectory slackDirectory(App slackApp, SlackSettings settings) {
        return new SlackDirectory(slackApp.slack().methods(settings.botToken()), Clock.systemUTC());
    }

    @Bean
    SlackMessenger slackMessenger(App slackApp, SlackSettings settings) {
        return new SlackMessenger(slackApp.slack().methodsAsync(settings.botToken()));
    }

    @Bean
    SlackSocketMode slackSocketMode(App slackApp, SlackSettings settings) {
        return new SlackSocketMode(slackApp, settings, Duration.ofSeconds(10));
    }

    /**
     * Slack in {@code /actuator/health}: UP in HTTP mode and with Socket Mode connected; UNKNOWN with the reason while
     * it is not, which leaves the whole bot UP, as the other channels work.
     */
    @Bean
    HealthIndicator slackHealthIndicator(SlackSocketMode socketMode) {
        return () -> socketMode
                .notConnected()
                .map(reason -> Health.unknown().withDetail("socketMode", reason).build())
                .orElseGet(() -> Health.up().build());
    }
}
