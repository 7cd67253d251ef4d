package de.servicebot.bot.conversation;

import java.util.List;

/** A list of tickets, or the sentence saying there are none. */
public record TicketListView(String title, List<Item> items, String emptyText) implements View {

    public record Item(
            String ticketId, String number, String subject, String customer, String status, ButtonView open) {}

    public TicketListView {
        items = List.copyOf(items);
    }

    @Override
    public String template() {
        return "ticket-list";
    }

    @Override
    public String summary() {
        return title;
    }
}
