package de.servicebot.bot.conversation;

/** A sentence: a confirmation, a hint, or why something was refused. */
public record TextView(Tone tone, String text) implements View {

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
