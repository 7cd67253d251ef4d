package de.servicebot.bot.cards;

/** A template uses something the engine does not implement, or is not valid; a programming error, never user input. */
public final class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }
}
