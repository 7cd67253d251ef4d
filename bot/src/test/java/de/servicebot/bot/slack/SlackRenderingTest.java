package de.servicebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.ViewKinds;
import de.servicebot.bot.cards.CardSamples;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.View;
import de.servicebot.core.shared.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every kind of view the features produce can be shown in Slack: as blocks with a fallback text, or as a modal. */
class SlackRenderingTest {

    private final SlackBlocks blocks = new SlackBlocks(renderings());

    @Test
    void rendersEverySampleOfEveryKindOfView() {
        Set<Class<?>> rendered = new HashSet<>();
        for (Language language : Language.values()) {
            CardSamples.of(language).forEach((name, view) -> {
                if (view instanceof FormView form) {
                    assertThat(blocks.modal(form).getBlocks()).as(name).isNotEmpty();
                }
                assertThat(blocks.renders(view.getClass()))
                        .as("Slack blocks of " + view.getClass().getSimpleName())
                        .isTrue();
                assertThat(blocks.message(List.of(view))).as(name).isNotEmpty();
                assertThat(blocks.fallback(List.of(view))).as(name).isNotBlank();
                rendered.add(view.getClass());
            });
        }

        assertThat(rendered).containsExactlyInAnyOrderElementsOf(ViewKinds.all());
    }

    @Test
    void refusesTwoRenderingsOfOneKindOfView() {
        List<SlackViewBlocks<?>> kinds = renderings();
        List<SlackViewBlocks<?>> twice = new java.util.ArrayList<>(kinds);
        twice.add(kinds.get(0));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SlackBlocks(twice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two Slack renderings");
    }

    @Test
    void showsAKindOfViewWithoutBlocksAsItsSummaryRatherThanFailing() {
        View unknown = new View() {
            @Override
            public String template() {
                return "text";
            }

            @Override
            public String summary() {
                return "T-2026-00042 <erledigt>";
            }
        };

        assertThat(blocks.fallback(List.of(unknown))).isEqualTo("T-2026-00042 <erledigt>");
        assertThat(blocks.message(List.of(unknown)).toString()).contains("T-2026-00042 &lt;erledigt&gt;");
    }

    @Test
    void routesExactlyTheRegisteredActionIdsToTheConversation() {
        var conversation = de.servicebot.bot.TestFeatures.conversation(new de.servicebot.core.World());
        java.util.regex.Pattern routed = SlackHandlers.routed(conversation.actionIds());

        assertThat(conversation.actionIds()).isNotEmpty().allMatch(id -> routed.matcher(id)
                .matches());
        assertThat(routed.matcher("delivery.note.open").matches()).isFalse();
        assertThat(routed.matcher("ticket.show.x").matches()).isFalse();
    }

    /** Every Slack rendering of the production code, as Spring finds them. */
    static List<SlackViewBlocks<?>> renderings() {
        return ViewKinds.instancesOf(SlackViewBlocks.class).stream()
                .<SlackViewBlocks<?>>map(kind -> kind)
                .toList();
    }
}
