package de.servicebot.core.ticket;

/**
 * A precondition for resolving a ticket, beyond its lifecycle: it throws a {@code DomainException} saying what is
 * still missing. Features add their own (open required checklist points is the first).
 */
@FunctionalInterface
public interface ResolvePolicy {

    void check(Ticket ticket);
}
