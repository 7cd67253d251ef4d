package de.servicebot.bot.conversation;

import java.util.List;

/** Every command with what it does and an example. */
public record HelpView(String title, String intro, List<Entry> entries) implements View {

    public record Entry(String command, String description, String example) {}

    public HelpView {
        entries = List.copyOf(entries);
    }

    @Override
    public String template() {
        return "help";
    }

    @Override
    public String summary() {
        return title;
    }
}
