/**
 * Tickets: the unit of work between sales and technicians. A ticket always names customer, contact, type and main
 * category, carries a human-readable number such as {@code T-2026-00042}, and moves through a fixed lifecycle
 * (new, forwarded, in progress, resolved, closed); a transition the lifecycle does not allow is refused.
 */
package de.servicebot.core.ticket;
