package de.servicebot.bot.slack;

import de.servicebot.adapter.slack.SlackMessenger;
import de.servicebot.bot.conversation.Recognition;
import de.servicebot.bot.conversation.View;
import de.servicebot.bot.outbox.ChatChannel;
import de.servicebot.core.staff.ChatService;
import de.servicebot.core.staff.StaffMember;
import java.util.List;

/** Notifications as direct messages in Slack, to people who have used the bot there. */
public final class SlackNotifications implements ChatChannel {

    private final SlackMessenger messenger;
    private final SlackBlocks blocks;

    SlackNotifications(SlackMessenger messenger, SlackBlocks blocks) {
        this.messenger = messenger;
        this.blocks = blocks;
    }

    /** The channel name under which a Slack user's id is kept as their reference. */
    public static final String CHANNEL = Recognition.channel(ChatService.SLACK);

    @Override
    public String name() {
        return CHANNEL;
    }

    @Override
    public boolean reaches(StaffMember member) {
        return member.slackUserId().isPresent();
    }

    @Override
    public void send(StaffMember member, View view) {
        messenger.send(
                member.slackUserId().orElseThrow(), blocks.fallback(List.of(view)), blocks.message(List.of(view)));
    }
}
