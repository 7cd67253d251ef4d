/**
 * Stores core's aggregates in PostgreSQL with Spring Data JDBC. Row types are separate from the aggregates and carry
 * the {@code @Version} that makes a stale save fail instead of overwriting someone else's change; database errors a
 * user can cause (a taken e-mail, a concurrent change) come out as core's {@code DomainException}.
 */
package de.servicebot.adapter.postgres;
