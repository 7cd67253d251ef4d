package de.servicebot.bot.outbox;

import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.StaffId;
import java.util.Map;

/**
 * A queued notification as it is stored (JSON) in the scheduler's table: flat and readable, so an operator can see
 * what waits and a stored message outlives refactorings of core's types. {@code via} names the one chat channel a
 * chat message goes through once it was fanned out to several; empty until then.
 */
record OutboxMessage(
        String key,
        String channel,
        String address,
        String name,
        String template,
        String language,
        Map<String, String> values,
        String via) {

    static final String MAIL = "mail";
    static final String CHAT = "chat";

    static OutboxMessage of(Notification notification) {
        Recipient recipient = notification.recipient();
        if (recipient instanceof Recipient.Mail mail) {
            return new OutboxMessage(
                    notification.key(),
                    MAIL,
                    mail.address().value(),
                    mail.name(),
                    notification.template().name(),
                    notification.language().name(),
                    notification.values(),
                    null);
        }
        Recipient.Chat chat = (Recipient.Chat) recipient;
        return new OutboxMessage(
                notification.key(),
                CHAT,
                chat.staffId().toString(),
                "",
                notification.template().name(),
                notification.language().name(),
                notification.values(),
                null);
    }

    /** The same chat message, to be delivered through the named channel only. */
    OutboxMessage via(String channelName) {
        return new OutboxMessage(key, channel, address, name, template, language, values, channelName);
    }

    Notification toNotification() {
        Recipient recipient = MAIL.equals(channel)
                ? new Recipient.Mail(EmailAddress.of(address), name)
                : new Recipient.Chat(StaffId.of(address));
        return new Notification(
                key, recipient, NotificationTemplate.valueOf(template), Language.valueOf(language), values);
    }
}
