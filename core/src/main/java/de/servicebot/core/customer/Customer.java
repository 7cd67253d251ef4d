package de.servicebot.core.customer;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer (Kunde) with its contact persons and, if one is named, the salesperson who looks after it
 * (Vertriebsbetreuer), who hears what happens to its tickets, and its postal address, where delivery notes go unless
 * they name another. Contacts belong to exactly one customer.
 */
public final class Customer implements Versioned {

    static final int MAX_NAME = 160;
    static final int MAX_NUMBER = 40;
    public static final int MAX_ADDRESS = 500;

    private final CustomerId id;
    private final String number;
    private String name;
    private final List<Contact> contacts;
    private StaffId salesperson;
    private String address = "";
    private final long version;

    private Customer(
            CustomerId id, String number, String name, List<Contact> contacts, StaffId salesperson, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Texts.required(number, MAX_NUMBER, "customer.number-missing", "customer.number-too-long");
        this.name = Texts.required(name, MAX_NAME, "customer.name-missing", "customer.name-too-long");
        this.contacts = new ArrayList<>(contacts);
        this.salesperson = salesperson;
        this.version = version;
    }

    /** A new customer under its customer number (Kundennummer) from the ERP. */
    public static Customer create(String number, String name) {
        return new Customer(CustomerId.newId(), number, name, List.of(), null, 0);
    }

    public static Customer restore(CustomerId id, String number, String name, List<Contact> contacts, long version) {
        return new Customer(id, number, name, contacts, null, version);
    }

    public static Customer restore(
            CustomerId id,
            String number,
            String name,
            List<Contact> contacts,
            Optional<StaffId> salesperson,
            long version) {
        return new Customer(id, number, name, contacts, salesperson.orElse(null), version);
    }

    public static Customer restore(
            CustomerId id,
            String number,
            String name,
            List<Contact> contacts,
            Optional<StaffId> salesperson,
            String address,
            long version) {
        Customer customer = restore(id, number, name, contacts, salesperson, version);
        customer.locatedAt(address);
        return customer;
    }

    /** The customer's postal address, lines separated by line breaks; empty when unknown. */
    public void locatedAt(String address) {
        this.address = Texts.optional(address, MAX_ADDRESS, "customer.address-too-long");
    }

    public String address() {
        return address;
    }

    /** Names the salesperson who looks after the customer. */
    public void lookedAfterBy(StaffId salesperson) {
        this.salesperson = Objects.requireNonNull(salesperson, "salesperson");
    }

    /** The salesperson who looks after the customer (Vertriebsbetreuer), if one is named. */
    public Optional<StaffId> salesperson() {
        return Optional.ofNullable(salesperson);
    }

    public Contact addContact(Contact contact) {
        Objects.requireNonNull(contact, "contact");
        DomainException.require(
                contacts.stream().noneMatch(c -> c.name().equalsIgnoreCase(contact.name())),
                "customer.contact-exists",
                contact.name());
        contacts.add(contact);
        return contact;
    }

    public Optional<Contact> contact(ContactId contactId) {
        return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst();
    }

    /** The contact, which must be one of this customer's; throws {@code customer.contact-unknown} otherwise. */
    public Contact requireContact(ContactId contactId) {
        return contact(contactId).orElseThrow(() -> new DomainException("customer.contact-unknown", name));
    }

    public void rename(String name) {
        this.name = Texts.required(name, MAX_NAME, "customer.name-missing", "customer.name-too-long");
    }

    public CustomerId id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String name() {
        return name;
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    @Override
    public long version() {
        return version;
    }
}
