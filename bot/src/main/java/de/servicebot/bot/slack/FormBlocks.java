package de.servicebot.bot.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static de.servicebot.bot.slack.SlackBlocks.escape;

import com.slack.api.model.block.LayoutBlock;
import de.servicebot.bot.conversation.FormView;
import java.util.List;
import org.springframework.stereotype.Component;

/** A form inside a message, where it cannot be filled in (forms open as modals): its title. */
@Component
final class FormBlocks implements SlackViewBlocks<FormView> {

    @Override
    public Class<FormView> kind() {
        return FormView.class;
    }

    @Override
    public List<LayoutBlock> blocks(FormView form) {
        return List.of(section(s -> s.text(markdownText(escape(form.title())))));
    }
}
