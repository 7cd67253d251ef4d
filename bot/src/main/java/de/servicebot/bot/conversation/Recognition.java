package de.servicebot.bot.conversation;

import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.ChatService;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who writes, for every channel alike: the chat id is looked up in one short transaction; only for someone never
 * seen is the e-mail asked from the chat platform, outside any transaction (it is a remote call that may take
 * seconds, and a database connection must not wait on it), and then matched in a second one. The channel's reference
 * to the person is kept, so that notifications reach them, through the channel they used last.
 */
public final class Recognition {

    private Recognition() {}

    public static Optional<StaffMember> recognize(
            Transactions transactions,
            StaffService staff,
            ChatReferences references,
            ChatService chat,
            String chatUserId,
            Supplier<Optional<String>> email,
            String reference) {
        Optional<StaffMember> me = transactions.inTransaction(() -> {
            Optional<StaffMember> known = staff.recognize(chat, chatUserId, Optional::empty);
            known.ifPresent(member -> references.save(member.id(), channel(chat), reference));
            return known;
        });
        if (me.isPresent() || chatUserId == null || chatUserId.isBlank()) {
            return me;
        }
        Optional<String> address = email.get();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> {
            Optional<StaffMember> matched = staff.recognize(chat, chatUserId, () -> address);
            matched.ifPresent(member -> references.save(member.id(), channel(chat), reference));
            return matched;
        });
    }

    /** The name a chat service's references are kept under: {@code teams}, {@code slack}. */
    public static String channel(ChatService chat) {
        return chat.name().toLowerCase(Locale.ROOT);
    }
}
