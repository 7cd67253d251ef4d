package de.servicebot.bot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static de.servicebot.bot.slack.SlackBlocks.escape;

import com.slack.api.model.block.LayoutBlock;
import de.servicebot.bot.conversation.TextView;
import java.util.List;
import org.springframework.stereotype.Component;

/** A sentence, with an icon for a refusal or a success. */
@Component
final class TextBlocks implements SlackViewBlocks<TextView> {

    @Override
    public Class<TextView> kind() {
        return TextView.class;
    }

    @Override
    public List<LayoutBlock> blocks(TextView text) {
        String icon =
                switch (text.tone()) {
                    case ERROR -> ":warning: ";
                    case SUCCESS -> ":white_check_mark: ";
                    case INFO -> "";
                };
        LayoutBlock sentence = section(s -> s.text(markdownText(icon + escape(text.text()))));
        if (text.buttons().isEmpty()) {
            return List.of(sentence);
        }
        return List.of(sentence, actions(a -> a.elements(SlackBlocks.buttons(text.buttons()))));
    }
}
