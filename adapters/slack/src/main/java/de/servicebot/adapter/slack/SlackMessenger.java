package de.servicebot.adapter.slack;

import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Direct messages to a person, through Slack's asynchronous Web API client, which paces calls per method and channel
 * and waits out a 429's {@code Retry-After} before trying again. A message Slack does not take throws, so the outbox
 * keeps it and tries again later.
 */
public final class SlackMessenger {

    private static final long WAIT_SECONDS = 120;

    private final AsyncMethodsClient client;

    SlackMessenger(AsyncMethodsClient client) {
        this.client = client;
    }

    public void send(String userId, String text, List<LayoutBlock> blocks) {
        String channel = directChannel(userId);
        posted(await(client.chatPostMessage(r -> r.channel(channel).text(text).blocks(blocks))));
    }

    /** The same, with the blocks as Slack's JSON (as a queued message keeps them). */
    public void send(String userId, String text, String blocksJson) {
        String channel = directChannel(userId);
        posted(await(client.chatPostMessage(r -> r.channel(channel).text(text).blocksAsString(blocksJson))));
    }

    private String directChannel(String userId) {
        ConversationsOpenResponse opened = await(client.conversationsOpen(r -> r.users(List.of(userId))));
        if (!opened.isOk()) {
            throw new IllegalStateException("Slack did not open a direct message: " + opened.getError());
        }
        return opened.getChannel().getId();
    }

    private static void posted(ChatPostMessageResponse posted) {
        if (!posted.isOk()) {
            throw new IllegalStateException("Slack did not take the message: " + posted.getError());
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> call) {
        try {
            return call.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to Slack", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Slack call failed", e);
        }
    }
}
