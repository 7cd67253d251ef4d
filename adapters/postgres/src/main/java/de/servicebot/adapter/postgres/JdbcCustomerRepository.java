package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.ContactRow;
import de.servicebot.adapter.postgres.Rows.CustomerRow;
import de.servicebot.adapter.postgres.Rows.CustomerSummaryRow;
import de.servicebot.adapter.postgres.SpringDataRepositories.CustomerRows;
import de.servicebot.core.customer.Contact;
import de.servicebot.core.customer.ContactId;
import de.servicebot.core.customer.ContactMatch;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.customer.CustomerSearch;
import de.servicebot.core.customer.CustomerSummary;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.StaffId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

class JdbcCustomerRepository implements CustomerRepository {

    private final CustomerRows rows;

    JdbcCustomerRepository(CustomerRows rows) {
        this.rows = rows;
    }

    @Override
    public Customer save(Customer customer) {
        return asAggregate(Versions.saving(
                () -> rows.save(toRow(customer)),
                Map.of("customer_number_key", () -> new DomainException("customer.number-taken", customer.number()))));
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return rows.findById(id.value()).map(JdbcCustomerRepository::asAggregate);
    }

    @Override
    public Optional<Customer> findByNumber(String number) {
        return rows.findByNumber(number.strip()).map(JdbcCustomerRepository::asAggregate);
    }

    @Override
    public List<Customer> findAllById(Set<CustomerId> ids) {
        return rows.findAllById(ids.stream().map(CustomerId::value).toList()).stream()
                .map(JdbcCustomerRepository::asAggregate)
                .toList();
    }

    @Override
    public List<CustomerSummary> findMatching(String typed, int limit) {
        List<CustomerSummaryRow> found;
        if (CustomerSearch.fold(typed).length() < CustomerSearch.MIN_ANYWHERE) {
            NameRange range = NameRange.startingWith(typed);
            found = rows.findSummariesByNameRange(range.from(), range.to(), limit);
        } else {
            String folded = CustomerSearch.fold(typed)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            found = rows.findSummariesMatching(typed.strip(), folded, limit);
        }
        return found.stream()
                .map(row -> new CustomerSummary(new CustomerId(row.id()), row.number(), row.name()))
                .toList();
    }

    @Override
    public List<ContactMatch> findContactsByNamePrefix(String prefix, int limit) {
        NameRange range = NameRange.startingWith(prefix);
        return rows.findContactsByNameRange(range.from(), range.to(), limit).stream()
                .map(row -> new ContactMatch(
                        new CustomerId(row.customerId()),
                        row.customerName(),
                        toContact(row.id(), row.name(), row.email(), row.phone(), row.language())))
                .toList();
    }

    @Override
    public Optional<Customer> findByContact(ContactId contactId) {
        return rows.findByContact(contactId.value()).map(JdbcCustomerRepository::asAggregate);
    }

    private static CustomerRow toRow(Customer customer) {
        List<ContactRow> contacts = customer.contacts().stream()
                .map(c -> new ContactRow(
                        c.id().value(),
                        c.name(),
                        c.email().map(EmailAddress::value).orElse(null),
                        c.phone(),
                        c.language().code()))
                .toList();
        return new CustomerRow(
                customer.id().value(),
                customer.number(),
                customer.name(),
                contacts,
                customer.salesperson().map(StaffId::value).orElse(null),
                Versions.toRow(customer));
    }

    private static Contact toContact(UUID id, String name, String email, String phone, String language) {
        return new Contact(
                new ContactId(id),
                name,
                Optional.ofNullable(email).map(EmailAddress::of),
                phone,
                Language.fromTag(language));
    }

    private static Customer asAggregate(CustomerRow row) {
        List<Contact> contacts = row.contacts().stream()
                .map(c -> toContact(c.contactId(), c.name(), c.email(), c.phone(), c.language()))
                .toList();
        return Customer.restore(
                new CustomerId(row.id()),
                row.number(),
                row.name(),
                contacts,
                Optional.ofNullable(row.salesId()).map(StaffId::new),
                Versions.fromRow(row.version()));
    }
}
