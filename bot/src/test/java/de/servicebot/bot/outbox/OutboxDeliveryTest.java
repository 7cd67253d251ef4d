package de.servicebot.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.conversation.View;
import de.servicebot.bot.i18n.TestMessages;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.InMemoryChatReferences;
import de.servicebot.core.staff.InMemoryStaffRepository;
import de.servicebot.core.staff.StaffFixtures;
import de.servicebot.core.staff.StaffMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A chat notification reaches the person where they last wrote, or, when configured, everywhere, once each. */
class OutboxDeliveryTest {

    private final InMemoryStaffRepository staff = new InMemoryStaffRepository();
    private final InMemoryChatReferences references = new InMemoryChatReferences();
    private final RecordingChannel teams = new RecordingChannel("teams");
    private final RecordingChannel slack = new RecordingChannel("slack");
    private final List<OutboxMessage> queued = new ArrayList<>();
    private StaffMember tim;

    @BeforeEach
    void timUsesBoth() {
        tim = staff.save(StaffFixtures.aTechnician());
    }

    @Test
    void goesToTheChannelUsedLast() {
        OutboxDelivery delivery = delivery(OutboxDelivery.Chats.LAST);
        references.save(tim.id(), "slack", "U1");
        references.save(tim.id(), "teams", "{}");

        delivery.deliver(call());
        references.save(tim.id(), "slack", "U1");
        delivery.deliver(call());

        assertThat(teams.sent).hasSize(1);
        assertThat(slack.sent).hasSize(1);
        assertThat(queued).isEmpty();
    }

    @Test
    void configuredForAllItIsQueuedOncePerChannelAndEachCopyGoesOnlyThere() {
        OutboxDelivery delivery = delivery(OutboxDelivery.Chats.ALL);
        references.save(tim.id(), "slack", "U1");
        references.save(tim.id(), "teams", "{}");

        delivery.deliver(call());

        assertThat(teams.sent).isEmpty();
        assertThat(queued).extracting(OutboxMessage::via).containsExactly("teams", "slack");
        queued.forEach(delivery::deliver);
        assertThat(teams.sent).hasSize(1);
        assertThat(slack.sent).hasSize(1);
    }

    @Test
    void someoneOnlyOneChannelReachesGetsItThere() {
        OutboxDelivery delivery = delivery(OutboxDelivery.Chats.ALL);
        references.save(tim.id(), "slack", "U1");

        delivery.deliver(call());

        assertThat(slack.sent).hasSize(1);
        assertThat(teams.sent).isEmpty();
        assertThat(queued).isEmpty();
    }

    private OutboxDelivery delivery(OutboxDelivery.Chats mode) {
        return new OutboxDelivery(
                (key, to, template, language, values) -> {
                    throw new AssertionError("no mail expected");
                },
                List.of(teams, slack),
                staff,
                references,
                new NotificationViews(TestMessages.create(), java.util.List.of()),
                mode,
                queued::addAll);
    }

    private OutboxMessage call() {
        return OutboxMessage.of(new Notification(
                "call-logged:1:chat",
                new Recipient.Chat(tim.id()),
                NotificationTemplate.CALL_LOGGED,
                Language.DE,
                Map.of(
                        "loggedBy", "Ines Innendienst",
                        "ticketNumber", "T-2026-00001",
                        "subject", "Drucker",
                        "callerName", "Anna Berger",
                        "summary", "Toner ist da",
                        "callbackWanted", "false")));
    }

    /** A chat channel that reaches whoever has a reference under its name, and keeps what it was given. */
    private final class RecordingChannel implements ChatChannel {

        private final String name;
        private final List<View> sent = new ArrayList<>();

        RecordingChannel(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean reaches(StaffMember member) {
            return references.find(member.id(), name).isPresent();
        }

        @Override
        public void send(StaffMember member, View view) {
            sent.add(view);
        }
    }
}
