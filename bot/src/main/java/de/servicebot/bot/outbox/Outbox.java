package de.servicebot.bot.outbox;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Everything sent to a person goes through here: a message is a one-time task written in the transaction of the
 * change that causes it (a rollback takes it along), delivered after commit, and retried with growing waits until
 * it gets through. A key already queued is not queued again. Each kind of message is a task of its own, made by
 * {@link #task}, so a feature adds its kind without touching the others.
 */
public final class Outbox {

    private final Scheduler scheduler;
    private final Clock clock;
    private final CappedBackoff<Object> retry;

    Outbox(Scheduler scheduler, Clock clock, CappedBackoff<Object> retry) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.retry = retry;
    }

    /** A kind of message: its task name, its stored data (as JSON) and how it is delivered; throwing retries it. */
    @SuppressWarnings("unchecked")
    public <T> OneTimeTask<T> task(String name, Class<T> type, Consumer<T> deliver) {
        return Tasks.oneTime(name, type)
                .onFailure((CappedBackoff<T>) (CappedBackoff<?>) retry)
                .execute((instance, context) -> deliver.accept(instance.getData()));
    }

    /** Queues the message in the caller's transaction; it is delivered once that commits. */
    public <T> void queue(OneTimeTask<T> task, String key, T data) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "Messages are queued inside the transaction of the change that causes them");
        }
        scheduler.scheduleIfNotExists(task.instance(key, data), clock.instant());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                scheduler.triggerCheckForDueExecutions();
            }
        });
    }
}
