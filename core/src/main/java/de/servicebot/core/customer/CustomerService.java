package de.servicebot.core.customer;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import java.util.List;

/** Finding customers and contacts as a person types their name (type-ahead). */
public final class CustomerService {

    /** The most matches a type-ahead shows. */
    public static final int MAX_MATCHES = 25;

    private final CustomerRepository customers;

    public CustomerService(CustomerRepository customers) {
        this.customers = customers;
    }

    /**
     * Customers as people type them: by number or any word of the name, ignoring case, accents and ue/ü; best matches
     * first; nothing for an empty text.
     */
    public List<CustomerSummary> search(String typed, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return typed == null || typed.isBlank() ? List.of() : customers.findMatching(typed.strip(), MAX_MATCHES);
    }

    /** Contacts whose name starts with what was typed, ignoring case, with their customers. */
    public List<ContactMatch> searchContacts(String prefix, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return prefix == null || prefix.isBlank() ? List.of() : customers.findContactsByNamePrefix(prefix, MAX_MATCHES);
    }

    public Customer get(CustomerId id, StaffMember by) {
        by.require(Permission.VIEW_TICKETS);
        return customers.findById(id).orElseThrow(() -> new DomainException("customer.not-found"));
    }
}
