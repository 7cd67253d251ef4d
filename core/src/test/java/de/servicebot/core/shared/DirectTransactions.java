package de.servicebot.core.shared;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Runs the work directly; for unit tests against the in-memory fakes, where there is nothing to commit. */
public final class DirectTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work, Predicate<? super T> undo) {
        return work.get();
    }
}
