package de.servicebot.bot.outbox;

import de.servicebot.core.notification.Mailer;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.Recipient;

/** Hands a due notification to the channel that reaches its recipient; throws when that channel fails. */
class OutboxDelivery {

    private final Mailer mailer;

    OutboxDelivery(Mailer mailer) {
        this.mailer = mailer;
    }

    void deliver(Notification notification) {
        if (notification.recipient() instanceof Recipient.Mail to) {
            mailer.send(
                    notification.key(), to, notification.template(), notification.language(), notification.values());
            return;
        }
        throw new IllegalStateException(
                "Notification " + notification.key() + " is for chat, and no chat channel is configured");
    }
}
