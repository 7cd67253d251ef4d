package de.servicebot.core.ticket;

import de.servicebot.core.catalog.CategoryId;
import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.customer.ContactId;
import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;

/**
 * What a new ticket is opened with. Customer, contact, type and main category are mandatory (the first step of
 * "Ticketerstellung"); the first one missing is named in the {@code DomainException}, in the order the form asks.
 */
public record OpenTicket(
        CustomerId customerId,
        ContactId contactId,
        TicketTypeId typeId,
        CategoryId categoryId,
        String subject,
        String description) {

    public OpenTicket {
        DomainException.require(customerId != null, "ticket.customer-missing");
        DomainException.require(contactId != null, "ticket.contact-missing");
        DomainException.require(typeId != null, "ticket.type-missing");
        DomainException.require(categoryId != null, "ticket.category-missing");
        subject = checkedSubject(subject);
        description = checkedDescription(description);
    }

    static String checkedSubject(String subject) {
        return Texts.required(subject, Ticket.MAX_SUBJECT, "ticket.subject-missing", "ticket.subject-too-long");
    }

    static String checkedDescription(String description) {
        return Texts.optional(description, Ticket.MAX_DESCRIPTION, "ticket.description-too-long");
    }
}
