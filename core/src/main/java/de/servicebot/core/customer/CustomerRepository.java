package de.servicebot.core.customer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores customers with their contacts; finds them by name prefix for type-ahead. */
public interface CustomerRepository {

    /**
     * Stores the customer with its contacts and returns the stored state with its new version. Throws
     * {@code DomainException} {@code common.concurrent-change} when someone else saved it in the meantime and
     * {@code customer.number-taken} for a customer number already in use.
     */
    Customer save(Customer customer);

    Optional<Customer> findById(CustomerId id);

    Optional<Customer> findByNumber(String number);

    /** The customers with these ids, in one lookup; ids without a customer are left out. */
    List<Customer> findAllById(Set<CustomerId> ids);

    /**
     * Customers matching what was typed as {@link CustomerSearch} says, best first (the number, then names starting
     * with it, then a word starting with it, then anywhere; then by name); at most {@code limit}. Fewer than
     * {@link CustomerSearch#MIN_ANYWHERE} characters match the start of the name only.
     */
    List<CustomerSummary> findMatching(String typed, int limit);

    /** Contacts whose name starts with the prefix, ignoring case, ordered by name; at most {@code limit}. */
    List<ContactMatch> findContactsByNamePrefix(String prefix, int limit);

    /** The customer a contact belongs to. */
    Optional<Customer> findByContact(ContactId contactId);
}
