package de.servicebot.bot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static de.servicebot.bot.slack.SlackBlocks.buttons;
import static de.servicebot.bot.slack.SlackBlocks.cut;
import static de.servicebot.bot.slack.SlackBlocks.escape;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import de.servicebot.bot.conversation.TicketView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A ticket: its number and subject, its facts as fields (Slack shows ten), the description and its buttons. */
@Component
final class TicketBlocks implements SlackViewBlocks<TicketView> {

    @Override
    public Class<TicketView> kind() {
        return TicketView.class;
    }

    @Override
    public List<LayoutBlock> blocks(TicketView ticket) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(cut(ticket.number() + " – " + ticket.subject(), 150)))));
        List<TextObject> facts = ticket.facts().stream()
                .limit(10)
                .map(f -> (TextObject) markdownText("*" + escape(f.label()) + "*\n" + escape(f.value())))
                .toList();
        blocks.add(section(s -> s.fields(facts)));
        if (!ticket.description().isBlank()) {
            blocks.add(section(s -> s.text(markdownText(
                    "*" + escape(ticket.descriptionLabel()) + "*\n" + escape(cut(ticket.description(), 2900))))));
        }
        for (TicketView.Section section : ticket.sections()) {
            blocks.add(section(s -> s.text(markdownText(cut(
                    "*" + escape(section.title()) + "*\n"
                            + String.join(
                                    "\n",
                                    java.util.stream.Stream.concat(
                                                    section.lines().stream().map(SlackBlocks::escape),
                                                    section.links().stream()
                                                            .map(link -> "<" + link.url() + "|" + escape(link.label())
                                                                    + ">"))
                                            .toList()),
                    2900)))));
        }
        if (!ticket.history().isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(cut(
                    "*" + escape(ticket.historyTitle()) + "*\n"
                            + String.join(
                                    "\n",
                                    ticket.history().stream()
                                            .map(SlackBlocks::escape)
                                            .toList()),
                    2900))))));
        }
        if (!ticket.buttons().isEmpty()) {
            blocks.add(actions(a -> a.elements(buttons(ticket.buttons()))));
        }
        return blocks;
    }
}
