package de.servicebot.core.customer;

import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact person (Ansprechpartner) at a customer. The e-mail is optional (some contacts only phone), but without
 * one the customer cannot be sent a receipt.
 */
public record Contact(ContactId id, String name, Optional<EmailAddress> email, String phone, Language language) {

    static final int MAX_NAME = 120;

    public Contact {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, MAX_NAME, "contact.name-missing", "contact.name-too-long");
        Objects.requireNonNull(email, "email");
        phone = Texts.phone(phone, "contact.phone-invalid", "contact.phone-too-long");
        Objects.requireNonNull(language, "language");
    }

    public static Contact create(String name, EmailAddress email, String phone, Language language) {
        return new Contact(ContactId.newId(), name, Optional.ofNullable(email), phone, language);
    }
}
