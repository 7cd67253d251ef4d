package de.servicebot.bot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static de.servicebot.bot.slack.SlackBlocks.buttons;
import static de.servicebot.bot.slack.SlackBlocks.cut;
import static de.servicebot.bot.slack.SlackBlocks.escape;

import com.slack.api.model.block.LayoutBlock;
import de.servicebot.bot.feature.delivery.DeliveryNoteView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A delivery note: its facts, one section per line, and its buttons. */
@Component
final class DeliveryNoteBlocks implements SlackViewBlocks<DeliveryNoteView> {

    private static final int MAX_LINES = 40;

    @Override
    public Class<DeliveryNoteView> kind() {
        return DeliveryNoteView.class;
    }

    @Override
    public List<LayoutBlock> blocks(DeliveryNoteView note) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(cut(note.title(), 150)))));
        String facts = note.facts().stream()
                .map(fact -> "*" + escape(fact.label()) + ":* " + escape(fact.value()))
                .collect(Collectors.joining("\n"));
        if (!facts.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(cut(facts, 3000)))));
        }
        if (note.lines().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(escape(note.emptyText())))));
        }
        note.lines().stream()
                .limit(MAX_LINES)
                .forEach(line -> blocks.add(section(s -> s.text(markdownText(cut(
                        escape(line.position()) + "  *" + escape(line.quantity()) + "*  " + escape(line.description())
                                + (line.detail().isEmpty() ? "" : "\n" + escape(line.detail()))
                                + (line.remark().isEmpty() ? "" : "\n_" + escape(line.remark()) + "_"),
                        3000))))));
        if (!note.buttons().isEmpty()) {
            blocks.add(actions(a -> a.elements(buttons(note.buttons()))));
        }
        return blocks;
    }
}
