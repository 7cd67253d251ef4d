package de.servicebot.adapter.slack;

import java.util.Objects;

/**
 * What Slack users read when the adapter itself answers, before any conversation: in the company's language, since a
 * refused request says nothing about the person.
 *
 * @param workspaceNotAllowed the answer to anyone writing from a workspace that is not on the allow-list
 */
public record SlackTexts(String workspaceNotAllowed) {

    public SlackTexts {
        Objects.requireNonNull(workspaceNotAllowed, "workspaceNotAllowed");
    }
}
