package de.servicebot.bot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static de.servicebot.bot.slack.SlackBlocks.button;
import static de.servicebot.bot.slack.SlackBlocks.buttons;
import static de.servicebot.bot.slack.SlackBlocks.cut;
import static de.servicebot.bot.slack.SlackBlocks.escape;

import com.slack.api.model.block.LayoutBlock;
import de.servicebot.bot.feature.checklist.ChecklistView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A section per point with its tick (or untick) button beside it, the checklist's progress in each header. */
@Component
final class ChecklistBlocks implements SlackViewBlocks<ChecklistView> {

    @Override
    public Class<ChecklistView> kind() {
        return ChecklistView.class;
    }

    @Override
    public List<LayoutBlock> blocks(ChecklistView checklist) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(cut(checklist.title(), 150)))));
        if (!checklist.progress().isBlank()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("*" + escape(checklist.progress()) + "*")))));
        }
        if (checklist.checklists().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(escape(checklist.emptyText())))));
        }
        for (ChecklistView.Section list : checklist.checklists()) {
            blocks.add(section(s -> s.text(markdownText("*" + escape(list.name()) + "*  " + escape(list.progress())))));
            for (ChecklistView.Point point : list.points()) {
                String text = (point.done() ? ":white_check_mark: " : ":white_large_square: ")
                        + escape(point.number() + " " + point.text())
                        + "\n_" + escape(point.state()) + "_"
                        + (point.details().isBlank() ? "" : "\n" + escape(point.details()));
                blocks.add(section(s -> {
                    s.text(markdownText(cut(text, 3000)));
                    if (!point.buttons().isEmpty()) {
                        s.accessory(button(point.buttons().get(0)));
                    }
                    return s;
                }));
            }
        }
        if (!checklist.buttons().isEmpty()) {
            blocks.add(actions(a -> a.elements(buttons(checklist.buttons()))));
        }
        return blocks;
    }
}
