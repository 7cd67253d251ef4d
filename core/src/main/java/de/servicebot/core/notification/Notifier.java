package de.servicebot.core.notification;

import de.servicebot.core.staff.StaffMember;
import java.util.Map;

/**
 * Queues notifications. Called inside a use case's transaction: what is queued is delivered after the transaction
 * commits, and never if it rolls back. Delivery is retried with back-off until it gets through.
 */
public interface Notifier {

    void send(Notification notification);

    /**
     * Tells a staff member by e-mail and, where they can be reached in chat, in chat as well, in their language. The
     * keys are {@code key + ":mail"} and {@code key + ":chat"}.
     */
    default void tell(StaffMember person, String key, NotificationTemplate template, Map<String, String> values) {
        send(new Notification(
                key + ":mail", new Recipient.Mail(person.email(), person.name()), template, person.language(), values));
        if (person.reachableInChat()) {
            send(new Notification(key + ":chat", new Recipient.Chat(person.id()), template, person.language(), values));
        }
    }
}
