package de.servicebot.bot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static de.servicebot.bot.slack.SlackBlocks.cut;
import static de.servicebot.bot.slack.SlackBlocks.escape;

import com.slack.api.model.block.LayoutBlock;
import de.servicebot.bot.conversation.HelpView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every command with what it does and an example. */
@Component
final class HelpBlocks implements SlackViewBlocks<HelpView> {

    @Override
    public Class<HelpView> kind() {
        return HelpView.class;
    }

    @Override
    public List<LayoutBlock> blocks(HelpView help) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(cut(help.title(), 150)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(escape(help.intro()))))));
        for (HelpView.Entry entry : help.entries()) {
            blocks.add(section(s -> s.text(markdownText("*" + escape(entry.command()) + "*  "
                    + escape(entry.description()) + "\n`" + escape(entry.example()) + "`"))));
        }
        return blocks;
    }
}
