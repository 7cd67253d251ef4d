package de.servicebot.adapter.postgres;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Versioned;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one version convention of every table: a row's {@code version} column is core's version less one (core counts
 * 0 = never stored, then 1, 2, ...; a row is first stored as 0), as Spring Data's {@code @Version} does it. Hand-written
 * repositories guard their updates with {@link #rowBefore} and write {@link #rowAfter}. Also turns the database's
 * refusals into the {@code DomainException} a user reads.
 */
final class Versions {

    private Versions() {}

    /** The row version for an aggregate: null for a new one, so that Spring Data inserts it. */
    static Long toRow(Versioned aggregate) {
        return aggregate.isNew() ? null : aggregate.version() - 1;
    }

    static long fromRow(Long rowVersion) {
        return rowVersion + 1;
    }

    /** The row's version an update of a stored aggregate expects to find. */
    static long rowBefore(Versioned aggregate) {
        return aggregate.version() - 1;
    }

    /** The row's version once the aggregate is saved (inserted or updated). */
    static long rowAfter(Versioned aggregate) {
        return aggregate.version();
    }

    /**
     * Runs a save, translating a stale version into {@code common.concurrent-change} and a violated unique index
     * into the exception the map gives for that index's name.
     */
    static <T> T saving(Supplier<T> save, Map<String, Supplier<DomainException>> byUniqueIndex) {
        try {
            return save.get();
        } catch (DataAccessException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockingFailureException) {
                    throw new DomainException(Versioned.CONCURRENT_CHANGE);
                }
                if (cause instanceof DuplicateKeyException) {
                    String message = String.valueOf(cause.getMessage());
                    byUniqueIndex.forEach((index, refusal) -> {
                        if (message.contains(index)) {
                            throw refusal.get();
                        }
                    });
                }
            }
            throw failure;
        }
    }
}
