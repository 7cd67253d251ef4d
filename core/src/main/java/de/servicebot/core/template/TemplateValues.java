package de.servicebot.core.template;

import de.servicebot.core.customer.ContactId;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.StaffMember;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The values of a text template's placeholders, built in this one place for every template the process uses ("Ticket
 * NEU", "Ticketerstellung", the time-entry templates): who writes and when, the customer and contact, the ticket, its
 * type and main category. What is not known yet is simply not set, and stays in the text as a placeholder.
 */
public final class TemplateValues {

    private final Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);

    private TemplateValues() {}

    /** Written by the person on the date ({@code {{Ersteller}}}, {@code {{Datum}}} in their language). */
    public static TemplateValues writtenBy(StaffMember person, LocalDate date) {
        TemplateValues values = new TemplateValues();
        values.values.put(Placeholder.CREATOR, person.name());
        values.values.put(Placeholder.DATE, Formats.date(date, person.language()));
        return values;
    }

    /** The customer ({@code {{Kunde}}}) and, if it is one of theirs, the contact ({@code {{Ansprechpartner}}}). */
    public TemplateValues customer(Customer customer, ContactId contactId) {
        values.put(Placeholder.CUSTOMER, customer.name());
        customer.contact(contactId).ifPresent(contact -> values.put(Placeholder.CONTACT, contact.name()));
        return this;
    }

    /** The ticket's number ({@code {{Ticketnummer}}}) and subject ({@code {{Betreff}}}). */
    public TemplateValues ticket(String number, String subject) {
        values.put(Placeholder.TICKET_NUMBER, number);
        values.put(Placeholder.SUBJECT, subject);
        return this;
    }

    /** The ticket's type ({@code {{Typ}}}) and main category ({@code {{Hauptkategorie}}}). */
    public TemplateValues classification(String type, String category) {
        values.put(Placeholder.TYPE, type);
        values.put(Placeholder.CATEGORY, category);
        return this;
    }

    /** The text with every placeholder known here filled; the others stay as typed. */
    public String fill(String text) {
        return Placeholders.fill(text, values);
    }

    public Map<Placeholder, String> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
