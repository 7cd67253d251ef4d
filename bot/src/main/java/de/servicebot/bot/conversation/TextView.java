package de.servicebot.bot.conversation;

import java.util.List;

/** A sentence: a confirmation, a hint, or why something was refused; a notice may offer buttons to act on it. */
public record TextView(Tone tone, String text, List<ButtonView> buttons) implements View {

    public TextView {
        buttons = List.copyOf(buttons);
    }

    public TextView(Tone tone, String text) {
        this(tone, text, List.of());
    }

    /** The same sentence with buttons under it. */
    public TextView withButtons(List<ButtonView> more) {
        return new TextView(tone, text, more);
    }

    public enum Tone {
        INFO,
        SUCCESS,
        ERROR
    }

    public static TextView info(String text) {
        return new TextView(Tone.INFO, text);
    }

    public static TextView success(String text) {
        return new TextView(Tone.SUCCESS, text);
    }

    public static TextView error(String text) {
        return new TextView(Tone.ERROR, text);
    }

    @Override
    public String template() {
        return "text";
    }

    @Override
    public String summary() {
        return text;
    }
}
