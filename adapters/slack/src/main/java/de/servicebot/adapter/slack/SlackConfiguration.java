package de.servicebot.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final int REMEMBERED_EVENTS = 10_000;
    private static final Pattern TEAM_ID = Pattern.compile("\"team_id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EVENT_ID = Pattern.compile("\"event_id\"\\s*:\\s*\"([^\"]+)\"");

    @Bean
    App slackApp(SlackSettings settings) {
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
        bolt.use(new SlackSignatureCheck(settings.signingSecret(), Clock.systemUTC()));
        bolt.use((request, response, chain) -> {
            String team = teamOf(request);
            if (!settings.allows(team)) {
                log.warn("Slack request from workspace {} refused: not on the allow-list", team);
                return Response.builder()
                        .statusCode(403)
                        .body("{\"error\":\"workspace not allowed\"}")
                        .build();
            }
            return chain.next(request);
        });
        Map<String, Boolean> seen = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > REMEMBERED_EVENTS;
            }
        });
        bolt.use((request, response, chain) -> {
            if (request instanceof EventRequest event) {
                Matcher id = EVENT_ID.matcher(event.getRequestBodyAsString());
                if (id.find() && seen.put(id.group(1), Boolean.TRUE) != null) {
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

    /**
     * The workspace a request comes from, as the request says. Bolt's single-workspace authorization puts the bot's
     * own workspace into the context, so the context cannot tell.
     */
    static String teamOf(Request<?> request) {
        if (request instanceof SlashCommandRequest command) {
            return command.getPayload().getTeamId();
        }
        if (request instanceof BlockActionRequest action && action.getPayload().getTeam() != null) {
            return action.getPayload().getTeam().getId();
        }
        if (request instanceof ViewSubmissionRequest submission
                && submission.getPayload().getTeam() != null) {
            return submission.getPayload().getTeam().getId();
        }
        if (request instanceof BlockSuggestionRequest suggestion
                && suggestion.getPayload().getTeam() != null) {
            return suggestion.getPayload().getTeam().getId();
        }
        if (request instanceof EventRequest event) {
            Matcher team = TEAM_ID.matcher(event.getRequestBodyAsString());
            return team.find() ? team.group(1) : null;
        }
        return request.getContext().getTeamId();
    }

    @Bean
    ServletRegistrationBean<SlackAppServlet> slackServlet(App slackApp) {
        return new ServletRegistrationBean<>(new SlackAppServlet(slackApp), "/slack/events");
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
}
