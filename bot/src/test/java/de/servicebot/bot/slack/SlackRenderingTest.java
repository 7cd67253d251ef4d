package de.servicebot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

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

    private final SlackBlocks blocks = new SlackBlocks();

    @Test
    void rendersEverySampleOfEveryKindOfView() {
        Set<Class<?>> rendered = new HashSet<>();
        for (Language language : Language.values()) {
            CardSamples.of(language).forEach((name, view) -> {
                if (view instanceof FormView form) {
                    assertThat(blocks.modal(form).getBlocks()).as(name).isNotEmpty();
                }
                assertThat(blocks.message(List.of(view))).as(name).isNotEmpty();
                assertThat(blocks.fallback(List.of(view))).as(name).isNotBlank();
                rendered.add(view.getClass());
            });
        }

        assertThat(rendered).containsExactlyInAnyOrder(View.class.getPermittedSubclasses());
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
}
