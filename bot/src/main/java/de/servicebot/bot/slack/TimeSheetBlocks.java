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
import de.servicebot.bot.feature.time.TimeSheetView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A ticket's time entries, each with its buttons below it, and the total. */
@Component
final class TimeSheetBlocks implements SlackViewBlocks<TimeSheetView> {

    @Override
    public Class<TimeSheetView> kind() {
        return TimeSheetView.class;
    }

    @Override
    public List<LayoutBlock> blocks(TimeSheetView sheet) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(cut(sheet.title(), 150)))));
        if (sheet.rows().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(escape(sheet.emptyText())))));
        }
        for (TimeSheetView.Row row : sheet.rows()) {
            blocks.add(section(s -> s.text(markdownText("*" + escape(row.duration()) + "*  "
                    + escape(row.activity())
                    + "\n" + escape(row.date()) + " · " + escape(row.person()) + " · " + escape(row.billable())
                    + (row.text().isBlank() ? "" : "\n" + escape(row.text()))))));
            if (!row.buttons().isEmpty()) {
                blocks.add(actions(a -> a.elements(buttons(row.buttons()))));
            }
        }
        blocks.add(section(
                s -> s.text(markdownText("*" + escape(sheet.totalLabel()) + ": " + escape(sheet.total()) + "*"))));
        if (!sheet.buttons().isEmpty()) {
            blocks.add(actions(a -> a.elements(buttons(sheet.buttons()))));
        }
        return blocks;
    }
}
