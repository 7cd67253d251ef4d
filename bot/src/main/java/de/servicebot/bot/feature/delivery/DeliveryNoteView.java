package de.servicebot.bot.feature.delivery;

import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.View;
import java.util.List;

/**
 * A delivery note as sales and the technician read it: number or draft, state, where it goes, its lines (extra
 * material marked), and what the person can do with it.
 */
public record DeliveryNoteView(
        String title, List<Fact> facts, List<Line> lines, String emptyText, List<ButtonView> buttons) implements View {

    public record Fact(String label, String value) {}

    /** One line: how many of what, its article number and serials, and a remark (e.g. "nicht im Auftrag"). */
    public record Line(String position, String quantity, String description, String detail, String remark) {}

    public DeliveryNoteView {
        facts = List.copyOf(facts);
        lines = List.copyOf(lines);
        buttons = List.copyOf(buttons);
    }

    @Override
    public String template() {
        return "delivery-note";
    }

    @Override
    public String summary() {
        return title;
    }
}
