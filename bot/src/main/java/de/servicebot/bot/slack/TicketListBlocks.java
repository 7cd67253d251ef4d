package de.servicebot.bot.slack;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static de.servicebot.bot.slack.SlackBlocks.button;
import static de.servicebot.bot.slack.SlackBlocks.cut;
import static de.servicebot.bot.slack.SlackBlocks.escape;

import com.slack.api.model.block.LayoutBlock;
import de.servicebot.bot.conversation.TicketListView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A list of tickets, each a section with its open button beside it. */
@Component
final class TicketListBlocks implements SlackViewBlocks<TicketListView> {

    @Override
    public Class<TicketListView> kind() {
        return TicketListView.class;
    }

    @Override
    public List<LayoutBlock> blocks(TicketListView list) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(cut(list.title(), 150)))));
        if (list.items().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(escape(list.emptyText())))));
        }
        for (TicketListView.Item item : list.items()) {
            blocks.add(section(s -> s.text(markdownText("*" + escape(item.number()) + "*  " + escape(item.subject())
                            + "\n" + escape(item.customer()) + " · " + escape(item.status())))
                    .accessory(button(item.open()))));
        }
        return blocks;
    }
}
