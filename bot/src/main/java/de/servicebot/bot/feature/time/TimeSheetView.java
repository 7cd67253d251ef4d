package de.servicebot.bot.feature.time;

import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.View;
import java.util.List;

/** A ticket's time entries with their total; rows the user may still change carry buttons to change or delete them. */
public record TimeSheetView(
        String title, List<Row> rows, String totalLabel, String total, String emptyText, List<ButtonView> buttons)
        implements View {

    public record Row(
            String date,
            String person,
            String duration,
            String activity,
            String text,
            String billable,
            List<ButtonView> buttons) {

        public Row {
            buttons = List.copyOf(buttons);
        }
    }

    public TimeSheetView {
        rows = List.copyOf(rows);
        buttons = List.copyOf(buttons);
    }

    @Override
    public String template() {
        return "time-sheet";
    }

    @Override
    public String summary() {
        return title;
    }
}
