package de.servicebot.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.World;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {

    private final World world = new World();

    @Test
    void findsCustomersAndContactsAsTheNameIsTyped() {
        assertThat(world.customers.search("mü", world.backOffice))
                .extracting(CustomerSummary::name)
                .containsExactly("Müller Maschinenbau GmbH");
        assertThat(world.customers.searchContacts("an", world.sales))
                .extracting(m -> m.contact().name(), ContactMatch::customerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Berger", "Müller Maschinenbau GmbH"));
    }

    @Test
    void findsNothingBeforeAnythingIsTyped() {
        assertThat(world.customers.search("  ", world.sales)).isEmpty();
        assertThat(world.customers.searchContacts("", world.sales)).isEmpty();
    }
}
