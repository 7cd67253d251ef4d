package de.servicebot.core.customer;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.VersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

public final class InMemoryCustomerRepository implements CustomerRepository {

    private final VersionedStore<CustomerId, Customer> store = new VersionedStore<>((c, version) ->
            Customer.restore(c.id(), c.number(), c.name(), c.contacts(), c.salesperson(), c.address(), version));

    @Override
    public synchronized Customer save(Customer customer) {
        if (findByNumber(customer.number())
                .filter(other -> !other.id().equals(customer.id()))
                .isPresent()) {
            throw new DomainException("customer.number-taken", customer.number());
        }
        return store.save(customer.id(), customer);
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return store.find(id);
    }

    @Override
    public Optional<Customer> findByNumber(String number) {
        return store.all().stream()
                .filter(c -> c.number().equalsIgnoreCase(number.trim()))
                .findFirst();
    }

    @Override
    public List<Customer> findAllById(Set<CustomerId> ids) {
        return store.all().stream().filter(c -> ids.contains(c.id())).toList();
    }

    @Override
    public List<CustomerSummary> findMatching(String typed, int limit) {
        boolean anywhere = CustomerSearch.fold(typed).length() >= CustomerSearch.MIN_ANYWHERE;
        java.util.function.ToIntFunction<Customer> rank =
                c -> CustomerSearch.rank(CustomerSearch.key(c.name(), c.number()), c.number(), typed);
        return store.all().stream()
                .filter(c -> anywhere ? rank.applyAsInt(c) < 4 : rank.applyAsInt(c) <= 1)
                .sorted(Comparator.comparingInt(rank)
                        .thenComparing((Customer c) -> c.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Customer::number))
                .limit(limit)
                .map(c -> new CustomerSummary(c.id(), c.number(), c.name()))
                .toList();
    }

    @Override
    public List<ContactMatch> findContactsByNamePrefix(String prefix, int limit) {
        String wanted = prefix.trim().toLowerCase(Locale.ROOT);
        return store.all().stream()
                .flatMap(c -> c.contacts().stream().map(k -> new ContactMatch(c.id(), c.name(), k)))
                .filter(m -> m.contact().name().toLowerCase(Locale.ROOT).startsWith(wanted))
                .sorted(Comparator.comparing(
                                (ContactMatch m) -> m.contact().name().toLowerCase(Locale.ROOT))
                        .thenComparing(m -> m.customerName().toLowerCase(Locale.ROOT)))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Customer> findByContact(ContactId contactId) {
        return store.all().stream()
                .filter(c -> c.contact(contactId).isPresent())
                .findFirst();
    }
}
