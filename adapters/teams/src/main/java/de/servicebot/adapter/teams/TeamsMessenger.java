package de.servicebot.adapter.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;

/**
 * Sends a card to a person who did not just write, through the conversation reference stored when they last did.
 * Throttling and passing connector failures are retried; a send that still fails throws, so the outbox keeps it.
 */
public final class TeamsMessenger {

    private final BotFrameworkAdapter adapter;
    private final TeamsSettings settings;
    private final ConnectorRetry retry;

    TeamsMessenger(BotFrameworkAdapter adapter, TeamsSettings settings, ConnectorRetry retry) {
        this.adapter = adapter;
        this.settings = settings;
        this.retry = retry;
    }

    public void send(String reference, String card) {
        ConversationReference to = Serialization.treeToValue(Cards.tree(reference), ConversationReference.class);
        retry.call(
                "proactive message", () -> adapter.continueConversation(settings.appId(), to, turn -> turn.sendActivity(
                                        MessageFactory.attachment(Cards.attachment(card)))
                                .thenApply(sent -> null))
                        .join());
    }
}
