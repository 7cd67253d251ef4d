package de.servicebot.adapter.teams;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Bot Connector again when it answers 429 (throttled), 412, 502, 503 or 504, waiting as long as its
 * {@code Retry-After} asks (capped), or growing waits without one. The SDK retries some 5xx at once and never a 429.
 * A 429 pauses every call through this instance, replies and proactive messages alike, until its wait has passed:
 * the connector throttles the bot, not the one call. After the last attempt the failure is thrown, so that a
 * proactive message stays in the outbox for later.
 */
public final class ConnectorRetry {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRetry.class);

    private final int attempts;
    private final Duration firstWait;
    private final Duration maxWait;
    private final AtomicLong pausedUntilMillis = new AtomicLong();

    public ConnectorRetry(int attempts, Duration firstWait, Duration maxWait) {
        this.attempts = attempts;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
    }

    public <T> T call(String what, Supplier<T> attempt) {
        for (int number = 1; ; number++) {
            awaitPause();
            try {
                return attempt.get();
            } catch (RuntimeException failure) {
                ErrorResponseException refusal = refusal(failure);
                if (refusal == null || !retryable(refusal) || number >= attempts) {
                    throw failure;
                }
                Duration wait = waitBefore(number, refusal);
                log.warn(
                        "Bot Connector answered {} to {} (attempt {}), trying again in {} ms",
                        refusal.response().code(),
                        what,
                        number,
                        wait.toMillis());
                if (refusal.response().code() == 429) {
                    long until = System.currentTimeMillis() + wait.toMillis();
                    pausedUntilMillis.accumulateAndGet(until, Math::max);
                } else {
                    sleep(wait);
                }
            }
        }
    }

    /** Waits while a 429 pauses the connector; never longer than the longest wait allowed. */
    private void awaitPause() {
        long remaining = pausedUntilMillis.get() - System.currentTimeMillis();
        if (remaining > 0) {
            sleep(Duration.ofMillis(Math.min(remaining, maxWait.toMillis())));
        }
    }

    private Duration waitBefore(int attempt, ErrorResponseException refusal) {
        String retryAfter = refusal.response().headers().get("Retry-After");
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempt - 1, 10));
        if (retryAfter != null) {
            try {
                wait = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
            } catch (NumberFormatException httpDate) {
                log.debug("Retry-After is not in seconds: {}", retryAfter);
            }
        }
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    private static boolean retryable(ErrorResponseException refusal) {
        int status = refusal.response().code();
        return status == 429 || status == 412 || status == 502 || status == 503 || status == 504;
    }

    private static ErrorResponseException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ErrorResponseException refusal && refusal.response() != null) {
                return refusal;
            }
        }
        return null;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to call the Bot Connector again", interrupted);
        }
    }
}
