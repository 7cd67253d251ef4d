package de.servicebot.core.ticket;

import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.Customer;
import java.util.Optional;

/** A ticket with the names a person reads next to it: customer, contact, type, category, assignee and creator. */
public record TicketDetails(
        Ticket ticket,
        Customer customer,
        Contact contact,
        String typeName,
        String categoryName,
        Optional<String> assigneeName,
        String creatorName) {}
