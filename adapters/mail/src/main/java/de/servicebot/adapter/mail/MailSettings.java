package de.servicebot.adapter.mail;

import de.servicebot.core.shared.EmailAddress;
import java.util.Objects;

/**
 * Who Servicebot's e-mails come from.
 *
 * @param from the sender address, e.g. {@code support@firma.de}
 * @param senderName the name shown as sender and under every mail, e.g. the company's name
 */
public record MailSettings(EmailAddress from, String senderName) {

    public MailSettings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(senderName, "senderName");
    }
}
