package de.servicebot.bot.conversation;

import java.util.List;

/** One ticket: number, subject, the facts (label and value), the description and what can be done with it. */
public record TicketView(
        String ticketId,
        String number,
        String subject,
        String status,
        List<Fact> facts,
        String descriptionLabel,
        String description,
        List<ButtonView> buttons)
        implements View {

    public record Fact(String label, String value) {}

    public TicketView {
        facts = List.copyOf(facts);
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
