package de.servicebot.bot.outbox;

import de.servicebot.core.notification.Mailer;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a due notification to the channel that reaches its recipient: mail to an address, chat through the first
 * chat channel that knows the person. A channel that fails throws, and the outbox tries again later. A person no
 * configured chat channel can reach (the channel was switched off since) is logged, not retried for ever.
 */
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Mailer mailer;
    private final List<ChatChannel> chats;
    private final StaffRepository staff;
    private final NotificationViews views;

    OutboxDelivery(Mailer mailer, List<ChatChannel> chats, StaffRepository staff, NotificationViews views) {
        this.mailer = mailer;
        this.chats = chats;
        this.staff = staff;
        this.views = views;
    }

    void deliver(Notification notification) {
        if (notification.recipient() instanceof Recipient.Mail to) {
            mailer.send(
                    notification.key(), to, notification.template(), notification.language(), notification.values());
            return;
        }
        Recipient.Chat to = (Recipient.Chat) notification.recipient();
        Optional<StaffMember> member = staff.findById(to.staffId()).filter(StaffMember::active);
        Optional<ChatChannel> channel = member.flatMap(
                m -> chats.stream().filter(chat -> chat.reaches(m)).findFirst());
        if (channel.isEmpty()) {
            log.warn(
                    "Notification {} not delivered in chat: no chat channel reaches staff {}",
                    notification.key(),
                    to.staffId());
            return;
        }
        channel.get().send(member.get(), views.of(notification));
        log.info("Notification {} ({}) delivered in chat", notification.key(), notification.template());
    }
}
