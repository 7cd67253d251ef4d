package de.servicebot.bot.outbox;

import de.servicebot.core.notification.Mailer;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a due message to the channel that reaches its recipient: mail to an address; a chat message to the chat
 * channel the person used last, or, when configured, to every chat channel that reaches them, each as a message of
 * its own (so that one channel failing does not send it again through the other). A channel that fails throws, and
 * the outbox tries again later. A person no configured chat channel can reach (the channel was switched off since)
 * is logged, not retried for ever.
 */
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    /** Which chat channels a chat message goes to. */
    enum Chats {
        /** the one the person used last */
        LAST,
        /** every one that reaches the person */
        ALL
    }

    private final Mailer mailer;
    private final List<ChatChannel> chats;
    private final StaffRepository staff;
    private final ChatReferences references;
    private final NotificationViews views;
    private final Chats mode;
    private final Consumer<List<OutboxMessage>> fanOut;

    /** {@code fanOut} queues the messages, one per channel, in one transaction. */
    OutboxDelivery(
            Mailer mailer,
            List<ChatChannel> chats,
            StaffRepository staff,
            ChatReferences references,
            NotificationViews views,
            Chats mode,
            Consumer<List<OutboxMessage>> fanOut) {
        this.mailer = mailer;
        this.chats = chats;
        this.staff = staff;
        this.references = references;
        this.views = views;
        this.mode = mode;
        this.fanOut = fanOut;
    }

    void deliver(OutboxMessage message) {
        Notification notification = message.toNotification();
        if (notification.recipient() instanceof Recipient.Mail to) {
            mailer.send(
                    notification.key(), to, notification.template(), notification.language(), notification.values());
            return;
        }
        Recipient.Chat to = (Recipient.Chat) notification.recipient();
        Optional<StaffMember> member = staff.findById(to.staffId()).filter(StaffMember::active);
        List<ChatChannel> reaching = member.map(m -> chats.stream()
                        .filter(chat -> message.via() == null || chat.name().equals(message.via()))
                        .filter(chat -> chat.reaches(m))
                        .toList())
                .orElse(List.of());
        if (reaching.isEmpty()) {
            log.warn(
                    "Notification {} not delivered in chat: no chat channel reaches staff {}",
                    notification.key(),
                    to.staffId());
            return;
        }
        if (message.via() == null && mode == Chats.ALL && reaching.size() > 1) {
            fanOut.accept(
                    reaching.stream().map(chat -> message.via(chat.name())).toList());
            log.info("Notification {} queued for {} chat channels", notification.key(), reaching.size());
            return;
        }
        ChatChannel channel = reaching.size() == 1 ? reaching.get(0) : lastUsed(member.get(), reaching);
        channel.send(member.get(), views.of(notification));
        log.info(
                "Notification {} ({}) delivered in chat through {}",
                notification.key(),
                notification.template(),
                channel.name());
    }

    private ChatChannel lastUsed(StaffMember member, List<ChatChannel> reaching) {
        Optional<String> last = references.lastUsed(member.id());
        return reaching.stream()
                .filter(chat -> last.isPresent() && chat.name().equals(last.get()))
                .findFirst()
                .orElse(reaching.get(0));
    }
}
