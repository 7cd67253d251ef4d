package de.servicebot.bot.conversation;

import java.util.List;

/**
 * One ticket: number, subject, the facts (label and value), the description, what the features add to it (calls,
 * time, checklist progress), a page of its history and what can be done with it.
 */
public record TicketView(
        String ticketId,
        String number,
        String subject,
        String status,
        List<Fact> facts,
        String descriptionLabel,
        String description,
        List<Section> sections,
        String historyTitle,
        List<String> history,
        List<ButtonView> buttons)
        implements View {

    public record Fact(String label, String value) {}

    /**
     * What one feature adds to the card: a title, its lines (e.g. the calls logged on the ticket) and links that open
     * in the browser (e.g. its documents).
     */
    public record Section(String title, List<String> lines, List<Link> links) {

        public Section {
            lines = List.copyOf(lines);
            links = List.copyOf(links);
        }

        public Section(String title, List<String> lines) {
            this(title, lines, List.of());
        }
    }

    /** A link on the card, opened in the browser. */
    public record Link(String label, String url) {}

    public TicketView {
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        history = List.copyOf(history);
        buttons = List.copyOf(buttons);
    }

    @Override
    public String template() {
        return "ticket";
    }

    @Override
    public String summary() {
        return number + ": " + subject;
    }
}
