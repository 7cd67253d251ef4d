package de.servicebot.bot.slack;

import de.servicebot.adapter.slack.SlackSettings;
import de.servicebot.bot.config.ServicebotProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Slack settings under {@code servicebot.slack.*}; the tokens keep Bolt's names ({@code SLACK_BOT_TOKEN},
 * {@code SLACK_SIGNING_SECRET}, {@code SLACK_APP_TOKEN}), which {@code application.yml} maps here. A wrong value
 * stops start-up naming the setting.
 *
 * @param botToken the bot token ({@code xoxb-…})
 * @param signingSecret the signing secret of requests over HTTP
 * @param appToken the app-level token for Socket Mode ({@code xapp-…})
 * @param allowedTeams the workspaces allowed, comma-separated ({@code SERVICEBOT_SLACK_ALLOWEDTEAMS})
 * @param apiUrl Slack's Web API
 */
@Validated
@ConfigurationProperties("servicebot.slack")
public record SlackProperties(
        String botToken,
        String signingSecret,
        String appToken,
        @NotNull Set<String> allowedTeams,

        @NotNull @Pattern(regexp = ServicebotProperties.HTTP_URL, message = "must be an http(s) URL")
        String apiUrl) {

    public SlackProperties {
        allowedTeams = ServicebotProperties.listed(allowedTeams);
    }

    /** The adapter's settings; refuses a missing token or secret, naming the setting. */
    SlackSettings settings() {
        return new SlackSettings(botToken, signingSecret, appToken, allowedTeams, apiUrl);
    }
}
