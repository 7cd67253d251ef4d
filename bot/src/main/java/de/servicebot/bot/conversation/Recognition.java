package de.servicebot.bot.conversation;

import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.ChatService;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who writes, for every channel alike: the chat id is looked up in one short transaction; only for someone never
 * seen is the e-mail asked from the chat platform, outside any transaction (it is a remote call that may take
 * seconds, and a database connection must not wait on it), and then matched in a second one.
 */
public final class Recognition {

    private Recognition() {}

    public static Optional<StaffMember> recognize(
            Transactions transactions,
            StaffService staff,
            ChatService chat,
            String chatUserId,
            Supplier<Optional<String>> email) {
        Optional<StaffMember> known =
                transactions.inTransaction(() -> staff.recognize(chat, chatUserId, Optional::empty));
        if (known.isPresent() || chatUserId == null || chatUserId.isBlank()) {
            return known;
        }
        Optional<String> address = email.get();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> staff.recognize(chat, chatUserId, () -> address));
    }
}
