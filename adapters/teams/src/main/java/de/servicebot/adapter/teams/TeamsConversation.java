package de.servicebot.adapter.teams;

import java.util.List;
import java.util.Map;

/**
 * What the bot answers in Teams; implemented by the application. Each answer is one Adaptive Card as JSON.
 */
public interface TeamsConversation {

    /** The card answering what the person typed. */
    String message(TeamsUser user, String text);

    /**
     * The card that replaces the card whose button ({@code Action.Execute}) was pressed; the activity id is what
     * Teams sends again when it delivers the same press twice.
     */
    String action(TeamsUser user, String activityId, String verb, Map<String, String> data);

    /** Choices for a type-ahead ({@code Data.Query}) of the given dataset. */
    List<Choice> search(TeamsUser user, String dataset, String text);

    /** One choice of a type-ahead. */
    record Choice(String value, String title) {}
}
