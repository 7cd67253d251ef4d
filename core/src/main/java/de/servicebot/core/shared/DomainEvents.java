package de.servicebot.core.shared;

/**
 * Where a use case says what happened, so that other features can react without being called through the use case's
 * constructor. Reactions run at once, in the publisher's transaction: what they store or queue is kept only if the
 * change itself is, and a reaction that refuses refuses the whole change.
 */
public interface DomainEvents {

    void publish(DomainEvent event);

    /** No reactions at all, for code that publishes but whose events nobody needs. */
    static DomainEvents none() {
        return event -> {};
    }
}
