package de.servicebot.bot.teams;

import de.servicebot.adapter.teams.TeamsConversation;
import de.servicebot.adapter.teams.TeamsUser;
import de.servicebot.bot.cards.CardRenderer;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.Recognition;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Request;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.ChatService;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The conversation in Teams. A person is recognised by the Teams id stored on first contact; a person never seen is
 * matched to staff by the e-mail/UPN Teams reports, and that id is stored. Whoever is not on the staff gets a polite
 * refusal and nothing else. The conversation reference is kept up to date, so notifications can reach the person.
 */
public final class TeamsChannel implements TeamsConversation {

    /** The channel name under which conversation references are stored. */
    public static final String CHANNEL = Recognition.channel(ChatService.TEAMS);

    private final Conversation conversation;
    private final CardRenderer cards;
    private final Messages messages;
    private final StaffService staffService;
    private final ChatReferences references;
    private final Transactions transactions;

    public TeamsChannel(
            Conversation conversation,
            CardRenderer cards,
            Messages messages,
            StaffService staffService,
            ChatReferences references,
            Transactions transactions) {
        this.conversation = conversation;
        this.cards = cards;
        this.messages = messages;
        this.staffService = staffService;
        this.references = references;
        this.transactions = transactions;
    }

    @Override
    public String message(TeamsUser user, String text) {
        return answer(user, me -> conversation.message(me, text));
    }

    @Override
    public String action(TeamsUser user, String activityId, String verb, Map<String, String> data) {
        Request request = Request.keyed(activityId == null ? null : "teams:" + activityId);
        return answer(user, me -> conversation.submit(me, verb, data, request));
    }

    @Override
    public List<Choice> search(TeamsUser user, String dataset, String text) {
        return identify(user)
                .filter(me -> "customers".equals(dataset))
                .map(me -> conversation.customers(me, text).stream()
                        .map(option -> new Choice(option.value(), option.label()))
                        .toList())
                .orElse(List.of());
    }

    private String answer(TeamsUser user, Function<StaffMember, Reply> work) {
        Optional<StaffMember> me;
        try {
            me = identify(user);
        } catch (RuntimeException failure) {
            if (!Conversation.storeDown(failure)) {
                throw failure;
            }
            return cards.renderCombined(conversation
                            .unavailable(Language.fromTag(user.locale()))
                            .views())
                    .toString();
        }
        Reply reply = me.map(work)
                .orElseGet(() ->
                        Reply.of(TextView.error(messages.text(Language.fromTag(user.locale()), "staff.unknown"))));
        return cards.renderCombined(reply.views()).toString();
    }

    private Optional<StaffMember> identify(TeamsUser user) {
        return Recognition.recognize(
                transactions,
                staffService,
                references,
                ChatService.TEAMS,
                user.aadObjectId(),
                user.email(),
                user.reference());
    }
}
