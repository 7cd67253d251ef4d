package de.servicebot.bot.outbox;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a failed delivery after {@code first}, then after waits growing by {@code factor}, never longer than
 * {@code max}, and never gives up: a message is only gone once it was delivered. Each failure is logged with the
 * task instance (the notification key) and the attempt, never with the message's content.
 */
final class CappedBackoff<T> implements FailureHandler<T> {

    private static final Logger log = LoggerFactory.getLogger(CappedBackoff.class);
    private static final int LOUD_AFTER = 5;

    private final Duration first;
    private final double factor;
    private final Duration max;

    CappedBackoff(Duration first, double factor, Duration max) {
        this.first = first;
        this.factor = factor;
        this.max = max;
    }

    /** The wait after the given number of consecutive failures (1 = the first failure). */
    Duration delayAfter(int failures) {
        double millis = first.toMillis() * Math.pow(factor, Math.max(0, failures - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis(Math.round(millis));
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        int failures = complete.getExecution().consecutiveFailures + 1;
        Instant next = complete.getTimeDone().plus(delayAfter(failures));
        String instance = complete.getExecution().taskInstance.getTaskAndInstance();
        String reason = complete.getCause().map(Throwable::toString).orElse("unknown");
        if (failures >= LOUD_AFTER) {
            log.error("Delivery {} failed {} times in a row, next try at {}: {}", instance, failures, next, reason);
        } else {
            log.warn("Delivery {} failed (attempt {}), next try at {}: {}", instance, failures, next, reason);
        }
        operations.reschedule(complete, next);
    }
}
