package de.servicebot.core.shared;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The transaction boundary, as a port: everything a use case does inside {@link #inTransaction} is stored together,
 * including the notifications it queues, or not at all. A transaction started inside another joins it.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs the work in one transaction that is rolled back, quietly, when {@code undo} says so of its result: a
     * request answered with a refusal leaves nothing behind. When part of the work failed and was caught (so the
     * transaction can only be rolled back) although the result says success, it throws {@code
     * common.concurrent-change}: the request is to be run again, as a whole.
     */
    <T> T inTransaction(Supplier<T> work, Predicate<? super T> undo);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
