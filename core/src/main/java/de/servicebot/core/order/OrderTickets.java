package de.servicebot.core.order;

import de.servicebot.core.catalog.CategoryId;
import de.servicebot.core.customer.ContactId;
import de.servicebot.core.shared.DomainException;
import java.util.List;
import java.util.Objects;

/**
 * Which tickets to make from an order, for which contact and main category; {@code baseInstallation} is the index of
 * the ticket of the base installation (Grundinstallation), which keeps the order document; it must be one of the
 * tickets made, so that the document never lands on a ticket nobody chose for it. {@code notifyCustomer}: the contact
 * gets the receipt ("Kunden-E-Mail") for each ticket forwarded to a technician; off unless ticked.
 */
public record OrderTickets(
        OrderId orderId,
        ContactId contactId,
        CategoryId categoryId,
        List<PlannedTicket> tickets,
        int baseInstallation,
        boolean notifyCustomer) {

    public static final int MAX_TICKETS = 20;

    public OrderTickets {
        Objects.requireNonNull(orderId, "orderId");
        DomainException.require(contactId != null, "ticket.contact-missing");
        DomainException.require(categoryId != null, "ticket.category-missing");
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
        DomainException.require(!tickets.isEmpty(), "order.no-tickets-chosen");
        DomainException.require(tickets.size() <= MAX_TICKETS, "order.too-many-tickets", MAX_TICKETS);
        DomainException.require(baseInstallation >= 0 && baseInstallation < tickets.size(), "order.base-not-chosen");
    }
}
