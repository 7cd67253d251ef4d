package de.servicebot.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.shared.Language;
import org.junit.jupiter.api.Test;

class CustomerTest {

    @Test
    void findsItsOwnContact() {
        Customer customer = CustomerFixtures.aCustomer();
        Contact contact = customer.addContact(CustomerFixtures.aContact("Bernd Kaiser", Language.EN));

        assertThat(customer.requireContact(contact.id())).isEqualTo(contact);
    }

    @Test
    void refusesAContactOfAnotherCustomer() {
        Customer customer = CustomerFixtures.aCustomer("Müller Maschinenbau GmbH");
        Contact foreign =
                CustomerFixtures.aCustomer("Schmidt Logistik").contacts().get(0);

        assertThatThrownBy(() -> customer.requireContact(foreign.id()))
                .extracting("code", "args")
                .containsExactly("customer.contact-unknown", java.util.List.of("Müller Maschinenbau GmbH"));
    }

    @Test
    void refusesTheSameContactNameTwice() {
        Customer customer = CustomerFixtures.aCustomer();
        String existing = customer.contacts().get(0).name();

        assertThatThrownBy(() -> customer.addContact(CustomerFixtures.aContact(existing.toUpperCase(), Language.DE)))
                .extracting("code")
                .isEqualTo("customer.contact-exists");
    }

    @Test
    void refusesAContactWithLettersInThePhoneNumber() {
        assertThatThrownBy(() -> Contact.create("Anna", null, "ruf mich an", Language.DE))
                .extracting("code")
                .isEqualTo("contact.phone-invalid");
    }

    @Test
    void keepsAContactWithoutEMail() {
        Contact contact = Contact.create("Anna", null, "", Language.DE);

        assertThat(contact.email()).isEmpty();
    }
}
