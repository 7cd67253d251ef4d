package de.servicebot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.bot.cards.CardRenderer;
import de.servicebot.bot.cards.CardSamples;
import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.bot.conversation.View;
import de.servicebot.bot.i18n.TestMessages;
import de.servicebot.core.World;
import de.servicebot.core.shared.DirectTransactions;
import de.servicebot.core.shared.InMemoryHandledRequests;
import de.servicebot.core.shared.Language;
import de.servicebot.core.ticket.TicketAction;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a new feature must bring, checked before anyone runs it: every kind of view can be shown in Teams and has a
 * golden sample, every button and form a view carries is routed, every command has its help in German and English,
 * and two features cannot claim one word or action id.
 */
class FeatureRegistryTest {

    private final World world = new World();
    private final List<Feature> features = TestFeatures.of(world);
    private final Conversation conversation = TestFeatures.conversation(world);

    @Test
    void everyKindOfViewHasATeamsTemplateAndAGoldenSample() {
        CardRenderer cards = new CardRenderer();
        Set<Class<?>> sampled = new HashSet<>();
        for (Language language : Language.values()) {
            CardSamples.of(language).values().forEach(view -> {
                sampled.add(view.getClass());
                assertThat(cards.templateNames())
                        .as("Teams template of " + view.getClass().getSimpleName())
                        .contains(view.template());
            });
        }

        assertThat(ViewKinds.all()).isNotEmpty().allSatisfy(kind -> assertThat(sampled)
                .as("golden sample of " + kind.getSimpleName())
                .contains(kind));
    }

    @Test
    void everyButtonAndFormOfEverySampleIsRouted() {
        for (Language language : Language.values()) {
            CardSamples.of(language)
                    .forEach((name, view) ->
                            assertThat(conversation.actionIds()).as(name).containsAll(actionsOf(view)));
        }
    }

    @Test
    void everyCommandAndTicketButtonSpeaksGermanAndEnglish() {
        var messages = TestMessages.create();
        for (Language language : Language.values()) {
            for (CommandSpec command : commands()) {
                List<String> parts = command.argument() == CommandSpec.Argument.REQUIRED
                        ? List.of("command", "description", "example", "argument")
                        : List.of("command", "description", "example");
                for (String part : parts) {
                    assertThat(messages.find(language, "help." + command.key() + "." + part))
                            .as(language + " help." + command.key() + "." + part)
                            .isPresent();
                }
            }
        }
        Reply help = conversation.message(world.sales, "hilfe");
        assertThat(help.views().toString()).doesNotContain("help.");
    }

    @Test
    void aNewTicketOffersNoResolveButtonAndAForwardedOneOffersItToTheTechnicianOnly() {
        var ticket = world.openedTicket();
        assertThat(buttons(ticket, world.technician)).doesNotContain("ticket.resolve.open");

        var forwarded = world.forwardedTicket();
        assertThat(buttons(forwarded, world.technician)).contains("ticket.resolve.open", "time.book.open");
        assertThat(buttons(forwarded, world.backOffice)).doesNotContain("ticket.resolve.open", "ticket.forward.open");
    }

    @Test
    void refusesTwoFeaturesClaimingOneActionIdOrOneWord() {
        Feature copy = features.get(0);
        assertThatThrownBy(() -> new Conversation(
                        TestMessages.create(),
                        new DirectTransactions(),
                        new InMemoryHandledRequests(),
                        world.customers,
                        List.of(copy, copy)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimed");
    }

    @Test
    void refusesATicketActionWithoutButtonAndTwoButtonsForOne() {
        TicketButton forward = new TicketButton(TicketAction.FORWARD, "button.forward", "ticket.forward.open");

        assertThatThrownBy(() -> new TicketViews(world.tickets, world.clock, List.of(forward), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No feature offers a button");
        List<TicketButton> twice = Stream.concat(
                        Arrays.stream(TicketAction.values())
                                .map(a -> new TicketButton(a, "button.open", "ticket.show")),
                        Stream.of(forward))
                .toList();
        assertThatThrownBy(() -> new TicketViews(world.tickets, world.clock, twice, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two buttons for FORWARD");
    }

    private List<String> buttons(de.servicebot.core.ticket.Ticket ticket, de.servicebot.core.staff.StaffMember me) {
        TicketView view = (TicketView) conversation
                .submit(me, "ticket.show", Map.of("ticketId", ticket.id().toString()))
                .views()
                .get(0);
        return view.buttons().stream().map(ButtonView::action).toList();
    }

    private List<CommandSpec> commands() {
        return features.stream().flatMap(f -> f.commands().stream()).toList();
    }

    /** The action ids a view's buttons and forms ask for, read off its Teams card, where they end up. */
    private static Set<String> actionsOf(View view) {
        Set<String> actions = new HashSet<>();
        if (view instanceof FormView form) {
            actions.add(form.action());
        }
        collectVerbs(new CardRenderer().render(view), actions);
        return actions;
    }

    private static void collectVerbs(JsonNode node, Set<String> verbs) {
        if (node.isObject()) {
            if ("Action.Execute".equals(node.path("type").asString()) && node.has("verb")) {
                verbs.add(node.path("verb").asString());
            }
            node.values().forEach(child -> collectVerbs(child, verbs));
        } else if (node.isArray()) {
            node.values().forEach(child -> collectVerbs(child, verbs));
        }
    }
}
