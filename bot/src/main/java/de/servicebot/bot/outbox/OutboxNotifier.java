package de.servicebot.bot.outbox;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.Notifier;
import java.time.Clock;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues a notification as a one-time task in the caller's transaction. The scheduler's connection joins that
 * transaction, so a rollback takes the message with it; after commit the scheduler is woken up to deliver at once
 * instead of at its next poll. A key already queued is not queued again.
 */
class OutboxNotifier implements Notifier {

    private final Scheduler scheduler;
    private final OneTimeTask<OutboxMessage> task;
    private final Clock clock;

    OutboxNotifier(Scheduler scheduler, OneTimeTask<OutboxMessage> task, Clock clock) {
        this.scheduler = scheduler;
        this.task = task;
        this.clock = clock;
    }

    @Override
    public void send(Notification notification) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "Notifications are queued inside the transaction of the change that causes them");
        }
        OutboxMessage message = OutboxMessage.of(notification);
        scheduler.scheduleIfNotExists(task.instance(message.key(), message), clock.instant());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                scheduler.triggerCheckForDueExecutions();
            }
        });
    }
}
