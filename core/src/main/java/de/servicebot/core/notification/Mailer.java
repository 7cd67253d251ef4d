package de.servicebot.core.notification;

import de.servicebot.core.shared.Language;
import java.util.Map;

/**
 * Sends one e-mail now, rendered from the notification's template in its language. Throws when the mail server
 * does not take it; the outbox then tries again later.
 */
public interface Mailer {

    void send(
            String key,
            Recipient.Mail to,
            NotificationTemplate template,
            Language language,
            Map<String, String> values);
}
