package de.servicebot.core.shared;

/**
 * An aggregate whose stored state carries a version, so that two people changing it at once never overwrite each
 * other: the second save fails with {@code concurrent-change} and that person sees the fresh state. Version 0 means
 * "never stored".
 */
public interface Versioned {

    /** The code of the {@link DomainException} a repository throws when the stored version moved on. */
    String CONCURRENT_CHANGE = "common.concurrent-change";

    long version();

    default boolean isNew() {
        return version() == 0;
    }
}
