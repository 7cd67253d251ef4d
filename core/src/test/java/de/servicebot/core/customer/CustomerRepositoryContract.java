package de.servicebot.core.customer;

import static de.servicebot.core.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.RepositoryContract;
import de.servicebot.core.shared.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer repository: customers with their contacts, prefix search, unique numbers. */
public abstract class CustomerRepositoryContract extends RepositoryContract {

    @Test
    void keepsContactsWithTheirCustomer() {
        Customer customer = CustomerFixtures.aCustomer("Contact Test " + unique());
        Contact english = customer.addContact(Contact.create("Bob Baker", null, "", Language.EN));

        repos.customers().save(customer);

        Customer found = repos.customers().findById(customer.id()).orElseThrow();
        assertThat(found.contacts()).hasSize(2);
        assertThat(found.requireContact(english.id())).isEqualTo(english);
        assertThat(found.contact(english.id()).orElseThrow().email()).isEmpty();
        assertThat(repos.customers().findByContact(english.id()))
                .map(Customer::id)
                .contains(customer.id());
    }

    @Test
    void keepsTheSalespersonWhoLooksAfterTheCustomer() {
        de.servicebot.core.staff.StaffMember sonja =
                repos.staff().save(de.servicebot.core.staff.StaffFixtures.aSalesPerson());
        Customer customer = CustomerFixtures.aCustomer("Betreut " + unique());
        customer.lookedAfterBy(sonja.id());
        customer.locatedAt("Industriestraße 5\n86150 Augsburg");

        repos.customers().save(customer);

        assertThat(repos.customers().findById(customer.id()).orElseThrow().salesperson())
                .contains(sonja.id());
        assertThat(repos.customers().findById(customer.id()).orElseThrow().address())
                .isEqualTo("Industriestraße 5\n86150 Augsburg");
        assertThat(repos.customers()
                        .save(CustomerFixtures.aCustomer("Unbetreut " + unique()))
                        .salesperson())
                .isEmpty();
    }

    @Test
    void savesContactChangesAndBumpsTheVersion() {
        Customer stored = repos.customers().save(CustomerFixtures.aCustomer("Versioned " + unique()));

        stored.addContact(CustomerFixtures.aContact("Clara Neu", Language.DE));
        Customer again = repos.customers().save(stored);

        assertThat(again.version()).isEqualTo(2);
        assertThat(repos.customers().findById(stored.id()).orElseThrow().contacts())
                .extracting(Contact::name)
                .contains("Clara Neu");
    }

    @Test
    void findsCustomersWhoseNameStartsAsTypedFirstInNameOrderThenThoseWithTheWordInside() {
        String prefix = "Präfix" + unique();
        Customer beta = repos.customers().save(CustomerFixtures.aCustomer(prefix + " Beta GmbH"));
        Customer alpha = repos.customers().save(CustomerFixtures.aCustomer(prefix + " alpha AG"));
        Customer other = repos.customers().save(CustomerFixtures.aCustomer("Other " + prefix));

        List<CustomerSummary> found = repos.customers().findMatching(prefix.toUpperCase(), 10);

        assertThat(found).extracting(CustomerSummary::id).containsExactly(alpha.id(), beta.id(), other.id());
        assertThat(found.get(0).number()).isEqualTo(alpha.number());
        assertThat(repos.customers().findMatching(prefix, 1)).hasSize(1);
    }

    @Test
    void findsContactsByNamePrefixWithTheirCustomer() {
        String prefix = "Kontakt" + unique();
        Customer customer = CustomerFixtures.aCustomer("Firma " + prefix);
        Contact bea = customer.addContact(Contact.create(prefix + " Bea", null, "", Language.DE));
        Contact ada = customer.addContact(Contact.create(prefix.toUpperCase() + " Ada", null, "", Language.EN));
        repos.customers().save(customer);

        List<ContactMatch> found = repos.customers().findContactsByNamePrefix(prefix.toLowerCase(), 10);

        assertThat(found).extracting(m -> m.contact().id()).containsExactly(ada.id(), bea.id());
        assertThat(found.get(0).customerId()).isEqualTo(customer.id());
        assertThat(found.get(0).customerName()).isEqualTo(customer.name());
        assertThat(found.get(0).contact().language()).isEqualTo(Language.EN);
    }

    @Test
    void findsSeveralCustomersByIdInOneLookup() {
        Customer first = repos.customers().save(CustomerFixtures.aCustomer("Eins " + unique()));
        Customer second = repos.customers().save(CustomerFixtures.aCustomer("Zwei " + unique()));

        List<Customer> found = repos.customers()
                .findAllById(java.util.Set.of(first.id(), second.id(), de.servicebot.core.customer.CustomerId.newId()));

        assertThat(found).extracting(Customer::name).containsExactlyInAnyOrder(first.name(), second.name());
        assertThat(found).allSatisfy(c -> assertThat(c.contacts()).hasSize(1));
    }

    @Test
    void treatsWildcardsInAPrefixAsPlainText() {
        String prefix = "Wild" + unique();
        repos.customers().save(CustomerFixtures.aCustomer(prefix + "X Corp"));
        repos.customers().save(CustomerFixtures.aCustomer("Backslash\\" + prefix));

        assertThat(repos.customers().findMatching(prefix + "%", 10)).isEmpty();
        assertThat(repos.customers().findMatching(prefix + "_", 10)).isEmpty();
        assertThat(repos.customers().findMatching("h\\" + prefix, 10)).hasSize(1);
    }

    @Test
    void refusesASecondCustomerWithTheSameNumber() {
        Customer first = repos.customers().save(CustomerFixtures.aCustomer());

        assertRefused(() -> repos.customers().save(Customer.create(first.number(), "Copy")), "customer.number-taken");
        assertThat(repos.customers().findByNumber(first.number()))
                .map(Customer::id)
                .contains(first.id());
    }

    @Test
    void findsCustomersByAnyWordTheirNumberAndWithoutUmlautsOrAccentsBestFirst() {
        String unique = unique();
        Customer mueller = repos.customers().save(CustomerFixtures.aCustomer("Müller Maschinenbau " + unique));
        Customer andre = repos.customers().save(CustomerFixtures.aCustomer("Café André " + unique));
        Customer masch = repos.customers().save(CustomerFixtures.aCustomer("Maschinen " + unique + " KG"));

        assertThat(ids("mueller maschinenbau " + unique)).containsExactly(mueller.id());
        assertThat(ids("muller maschinenbau " + unique)).containsExactly(mueller.id());
        assertThat(ids("MÜLLER MASCH")).contains(mueller.id());
        assertThat(ids("maschinenbau " + unique)).containsExactly(mueller.id());
        assertThat(ids("andre " + unique)).containsExactly(andre.id());
        assertThat(ids("cafe andré " + unique)).containsExactly(andre.id());
        assertThat(ids(mueller.number())).first().isEqualTo(mueller.id());
        assertThat(ids(unique)).containsExactly(andre.id(), masch.id(), mueller.id());
    }

    private List<CustomerId> ids(String typed) {
        return repos.customers().findMatching(typed, 10).stream()
                .map(CustomerSummary::id)
                .toList();
    }
}
