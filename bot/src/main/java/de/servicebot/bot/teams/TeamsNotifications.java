package de.servicebot.bot.teams;

import de.servicebot.adapter.teams.TeamsMessenger;
import de.servicebot.bot.cards.CardRenderer;
import de.servicebot.bot.conversation.View;
import de.servicebot.bot.outbox.ChatChannel;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.StaffMember;

/** Notifications as cards in Teams, through the conversation reference stored when the person last wrote. */
public final class TeamsNotifications implements ChatChannel {

    private final ChatReferences references;
    private final TeamsMessenger messenger;
    private final CardRenderer cards;

    public TeamsNotifications(ChatReferences references, TeamsMessenger messenger, CardRenderer cards) {
        this.references = references;
        this.messenger = messenger;
        this.cards = cards;
    }

    @Override
    public String name() {
        return TeamsChannel.CHANNEL;
    }

    @Override
    public boolean reaches(StaffMember member) {
        return references.find(member.id(), TeamsChannel.CHANNEL).isPresent();
    }

    @Override
    public void send(StaffMember member, View view) {
        String reference = references
                .find(member.id(), TeamsChannel.CHANNEL)
                .orElseThrow(() -> new IllegalStateException("No Teams conversation with staff " + member.id()));
        messenger.send(reference, cards.render(view).toString());
    }
}
