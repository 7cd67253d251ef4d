package de.servicebot.core.ticket;

/**
 * Hands out ticket numbers: unique, and counting up within each year. A number drawn inside a transaction that
 * rolls back is given out again, so the numbers have no gaps from failed creations.
 */
public interface TicketNumbers {

    TicketNumber next(int year);
}
