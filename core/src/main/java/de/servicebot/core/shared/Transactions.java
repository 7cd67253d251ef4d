package de.servicebot.core.shared;

import java.util.function.Supplier;

/**
 * The transaction boundary, as a port: everything a use case does inside {@link #inTransaction} is stored together,
 * including the notifications it queues, or not at all.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
