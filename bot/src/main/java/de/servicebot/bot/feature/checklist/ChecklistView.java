package de.servicebot.bot.feature.checklist;

import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.View;
import java.util.List;

/**
 * A ticket's checklists to work through: the progress over all of them ("3/7 erledigt"), each checklist with its
 * points, who ticked a point and when, what they wrote down, and the buttons to tick, untick and resolve.
 */
public record ChecklistView(
        String ticketId,
        String title,
        String progress,
        List<Section> checklists,
        String emptyText,
        List<ButtonView> buttons)
        implements View {

    /** One checklist: its name, its own progress, its points. */
    public record Section(String name, String progress, List<Point> points) {

        public Section {
            points = List.copyOf(points);
        }
    }

    /**
     * One point: its number, text, whether done, the state line ("erledigt von … am …" or what it needs), what was
     * written down when it was ticked, and its buttons.
     */
    public record Point(
            String number, String text, boolean done, String state, String details, List<ButtonView> buttons) {

        public Point {
            buttons = List.copyOf(buttons);
        }
    }

    public ChecklistView {
        checklists = List.copyOf(checklists);
        buttons = List.copyOf(buttons);
    }

    @Override
    public String template() {
        return "checklist";
    }

    @Override
    public String summary() {
        return progress.isBlank() ? title : title + " " + progress;
    }

    /** Ticking a point shows the list again in place of the one the button was on. */
    @Override
    public boolean replacesPressedMessage() {
        return true;
    }
}
