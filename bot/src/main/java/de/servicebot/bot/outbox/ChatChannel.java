package de.servicebot.bot.outbox;

import de.servicebot.bot.conversation.View;
import de.servicebot.core.staff.StaffMember;

/** A chat channel the outbox can deliver through: Teams or Slack. */
public interface ChatChannel {

    /** The channel's name, as its conversation references are stored under ({@code teams}, {@code slack}). */
    String name();

    /** Whether this channel knows how to reach the person without them writing first. */
    boolean reaches(StaffMember member);

    /** Delivers the view to the person; throws when the channel does not take it, so the outbox tries again. */
    void send(StaffMember member, View view);
}
