package de.servicebot.bot.slack;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.slack.api.util.json.GsonFactory;
import de.servicebot.adapter.slack.SlackMessenger;
import de.servicebot.bot.conversation.View;
import de.servicebot.bot.outbox.Outbox;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a submitted modal, which Slack cannot show in the modal itself: a direct message, queued in the
 * outbox in the transaction of the change it reports, so that a 500, a timeout or a 429 from {@code chat.postMessage}
 * delays it and never loses it.
 */
final class SlackReplies {

    static final String TASK_NAME = "slack-reply";

    private final Outbox outbox;
    private final OneTimeTask<Message> task;
    private final SlackBlocks blocks;

    SlackReplies(Outbox outbox, SlackMessenger messenger, SlackBlocks blocks) {
        this.outbox = outbox;
        this.blocks = blocks;
        this.task = outbox.task(
                TASK_NAME, Message.class, message -> messenger.send(message.user(), message.text(), message.blocks()));
    }

    OneTimeTask<Message> task() {
        return task;
    }

    /** Queues the views as one direct message to the Slack user; inside the request's transaction. */
    void queue(String user, List<View> views) {
        String json = GsonFactory.createSnakeCase().toJson(blocks.message(views));
        outbox.queue(task, "slack-reply:" + UUID.randomUUID(), new Message(user, blocks.fallback(views), json));
    }

    /** A direct message as stored: the Slack user, the notification text and the blocks as Slack's JSON. */
    record Message(String user, String text, String blocks) {}
}
