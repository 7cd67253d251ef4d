package de.servicebot.adapter.slack;

import java.util.Set;

/**
 * The Slack app, with Bolt's names: {@code SLACK_BOT_TOKEN} (xoxb, switches Slack on), {@code SLACK_SIGNING_SECRET}
 * (HTTP mode), {@code SLACK_APP_TOKEN} (xapp, Socket Mode: no public URL needed), plus which workspaces may use it.
 *
 * @param apiUrl the Web API's base URL, {@code https://slack.com/api/}; tests point it at WireMock
 */
public record SlackSettings(
        String botToken, String signingSecret, String appToken, Set<String> allowedTeams, String apiUrl) {

    public SlackSettings {
        botToken = botToken == null ? "" : botToken.strip();
        signingSecret = signingSecret == null ? "" : signingSecret.strip();
        appToken = appToken == null ? "" : appToken.strip();
        allowedTeams = Set.copyOf(allowedTeams);
        if (botToken.isEmpty()) {
            throw new IllegalStateException("Slack is switched on, but the setting SLACK_BOT_TOKEN is missing");
        }
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            throw new IllegalStateException(
                    "Slack over HTTP needs SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode), and neither is set");
        }
    }

    public boolean socketMode() {
        return !appToken.isEmpty();
    }

    public boolean allows(String team) {
        return allowedTeams.isEmpty() || (team != null && allowedTeams.contains(team));
    }
}
