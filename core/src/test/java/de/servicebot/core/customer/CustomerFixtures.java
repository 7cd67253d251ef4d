package de.servicebot.core.customer;

import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Customers with valid defaults: a unique number and one German-speaking contact with an e-mail. */
public final class CustomerFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(10_000);

    private CustomerFixtures() {}

    public static Customer aCustomer() {
        return aCustomer("Müller Maschinenbau GmbH");
    }

    public static Customer aCustomer(String name) {
        Customer customer = Customer.create(
                "K-T" + SEQUENCE.incrementAndGet() + "-"
                        + UUID.randomUUID().toString().substring(0, 4),
                name);
        customer.addContact(aContact("Anna Berger", Language.DE));
        return customer;
    }

    public static Contact aContact(String name, Language language) {
        String local = name.toLowerCase().replaceAll("[^a-z]+", ".") + SEQUENCE.incrementAndGet();
        return Contact.create(name, EmailAddress.of(local + "@kunde.test"), "+49 89 123456-0", language);
    }
}
