package de.servicebot.adapter.postgres;

import de.servicebot.adapter.postgres.Rows.ContactRow;
import de.servicebot.adapter.postgres.Rows.CustomerRow;
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
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

class JdbcCustomerRepository implements CustomerRepository {

    /** Names in [from, to): the text_pattern_ops index serves this range under generic plans too. */
    private static final String BY_NAME_RANGE = """
            select id, number, name from customer
            where lower(name) ~>=~ :from and lower(name) ~<~ :to
            order by lower(name), number limit :limit""";

    /**
     * Customers whose search key contains what was typed (as core folds it, LIKE's wildcards escaped; the trigram index
     * serves the pattern), best first: the number, a name starting with it, a word starting with it, anywhere.
     */
    private static final String MATCHING = """
            select id, number, name from customer
            where search_key like :anywhere
            order by case
                    when lower(number) = lower(:typed) then 0
                    when search_key like :start then 1
                    when search_key like :word or search_key like :afterHyphen then 2
                    else 3 end,
                lower(name), number
            limit :limit""";

    /** Contacts first (index range, limited), then their customers: never a join over all customers. */
    private static final String CONTACTS_BY_NAME_RANGE = """
            select k.id, k.name, k.email, k.phone, k.language, c.id as customer_id, c.name as customer_name
            from (select * from contact
                  where lower(name) ~>=~ :from and lower(name) ~<~ :to
                  order by lower(name), id limit :limit) k
            join customer c on c.id = k.customer_id
            order by lower(k.name), lower(c.name)""";

    private static final RowMapper<CustomerSummary> SUMMARY = (rs, n) -> new CustomerSummary(
            new CustomerId(rs.getObject("id", UUID.class)), rs.getString("number"), rs.getString("name"));

    private static final RowMapper<ContactMatch> CONTACT = (rs, n) -> new ContactMatch(
            new CustomerId(rs.getObject("customer_id", UUID.class)),
            rs.getString("customer_name"),
            toContact(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getString("phone"),
                    rs.getString("language")));

    private final CustomerRows rows;
    private final NamedParameterJdbcOperations jdbc;

    /** The type-ahead lookups are hand-written SQL with fixed row mappers: they run on every key stroke. */
    JdbcCustomerRepository(CustomerRows rows, NamedParameterJdbcOperations jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
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
        if (CustomerSearch.fold(typed).length() < CustomerSearch.MIN_ANYWHERE) {
            NameRange range = NameRange.startingWith(typed);
            return jdbc.query(BY_NAME_RANGE, Map.of("from", range.from(), "to", range.to(), "limit", limit), SUMMARY);
        }
        String folded = CustomerSearch.fold(typed)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        Map<String, Object> parameters = Map.of(
                "anywhere", "%" + folded + "%",
                "typed", typed.strip(),
                "start", folded + "%",
                "word", "% " + folded + "%",
                "afterHyphen", "%-" + folded + "%",
                "limit", limit);
        return jdbc.execute(MATCHING, parameters, statement -> {
            // Planned with the pattern each time: only then does PostgreSQL see whether the trigram index pays off.
            // A server-prepared statement falls back to a generic plan, a scan over every customer.
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            try (ResultSet found = statement.executeQuery()) {
                return new RowMapperResultSetExtractor<>(SUMMARY).extractData(found);
            }
        });
    }

    @Override
    public List<ContactMatch> findContactsByNamePrefix(String prefix, int limit) {
        NameRange range = NameRange.startingWith(prefix);
        return jdbc.query(
                CONTACTS_BY_NAME_RANGE, Map.of("from", range.from(), "to", range.to(), "limit", limit), CONTACT);
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
                customer.address(),
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
                row.address() == null ? "" : row.address(),
                Versions.fromRow(row.version()));
    }
}
