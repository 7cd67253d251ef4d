package de.servicebot.bot.conversation;

import java.util.Map;

/** A button: its label, the action id it triggers, and the data that goes with it (e.g. the ticket id). */
public record ButtonView(String label, String action, Map<String, String> data) {

    public ButtonView {
        data = Map.copyOf(data);
    }
}
