package de.servicebot.bot.outbox;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.Notifier;

/** Core's notifications, queued in the outbox under their key, in the caller's transaction. */
class OutboxNotifier implements Notifier {

    private final Outbox outbox;
    private final OneTimeTask<OutboxMessage> task;

    OutboxNotifier(Outbox outbox, OneTimeTask<OutboxMessage> task) {
        this.outbox = outbox;
        this.task = task;
    }

    @Override
    public void send(Notification notification) {
        OutboxMessage message = OutboxMessage.of(notification);
        outbox.queue(task, message.key(), message);
    }
}
