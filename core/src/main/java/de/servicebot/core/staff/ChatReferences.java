package de.servicebot.core.staff;

import java.util.Optional;

/**
 * Where a staff member can be reached in a chat channel without having written first: the channel's own address
 * of the person's conversation with the bot (for Teams, the conversation reference as JSON), kept up to date
 * whenever they write.
 */
public interface ChatReferences {

    void save(StaffId staff, String channel, String reference);

    Optional<String> find(StaffId staff, String channel);

    /** The channel the person used last: the one whose reference was saved last; empty if they never wrote. */
    Optional<String> lastUsed(StaffId staff);
}
