package de.servicebot.bot.feature.template;

import de.servicebot.bot.conversation.Say;
import de.servicebot.core.checklist.ChecklistItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The points of a checklist template as an admin types them, one per line: {@code ?} in front makes a point optional,
 * {@code >} makes it follow the previous one, {@code [Notiz]} (or {@code [note]}) at the end asks for a note, and any
 * other word in brackets at the end names the evidence to record, such as {@code [Seriennummer]}. The markers are the
 * same in every language, so a template reads back exactly as it was written.
 */
final class PointLines {

    private static final Set<String> NOTE = Set.of("notiz", "note");

    private PointLines() {}

    /** The points of the text; blank lines are left out. Core refuses a point without text or one too long. */
    static List<ChecklistItem> parse(String text) {
        List<ChecklistItem> items = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (!line.isBlank()) {
                items.add(point(line.strip()));
            }
        }
        return items;
    }

    /** The points as lines that {@link #parse} reads back the same, with the note marker in the person's language. */
    static String format(List<ChecklistItem> items, Say say) {
        StringBuilder text = new StringBuilder();
        for (ChecklistItem item : items) {
            String marks = (item.required() ? "" : "?") + (item.inOrder() ? ">" : "");
            text.append(marks.isEmpty() ? "" : marks + " ").append(item.text());
            item.evidence().ifPresent(label -> text.append(" [").append(label).append(']'));
            if (item.noteRequired()) {
                text.append(" [")
                        .append(say.text("checklist.template.note-marker"))
                        .append(']');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static ChecklistItem point(String line) {
        boolean optional = false;
        boolean inOrder = false;
        int start = 0;
        while (start < line.length() && "?> ".indexOf(line.charAt(start)) >= 0) {
            optional |= line.charAt(start) == '?';
            inOrder |= line.charAt(start) == '>';
            start++;
        }
        String rest = line.substring(start).strip();
        boolean note = false;
        Optional<String> evidence = Optional.empty();
        while (rest.endsWith("]") && rest.lastIndexOf('[') > 0) {
            int open = rest.lastIndexOf('[');
            String mark = rest.substring(open + 1, rest.length() - 1).strip();
            if (NOTE.contains(mark.toLowerCase(Locale.ROOT))) {
                note = true;
            } else if (evidence.isEmpty()) {
                evidence = Optional.of(mark);
            } else {
                break;
            }
            rest = rest.substring(0, open).strip();
        }
        return new ChecklistItem(rest, !optional, inOrder, note, evidence);
    }
}
