package de.servicebot.bot.conversation;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A button: its label, the action id it triggers, and the data that goes with it (e.g. the ticket id), in key order. */
public record ButtonView(String label, String action, Map<String, String> data) {

    public ButtonView {
        data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
    }
}
