package de.servicebot.bot.conversation;

import de.servicebot.core.staff.StaffMember;
import java.util.List;
import java.util.Locale;

/**
 * A command people type: its help entry ({@code help.<key>.command}, {@code .description}, {@code .example}), the
 * words that start it in German and English, whether it needs an argument, whether Slack offers it as its own slash
 * command ({@code /} and the first word), and what it does with the rest of the line.
 *
 * @param key the help entry's key, e.g. {@code time}
 * @param words the words, e.g. {@code zeit} and {@code time}; the first names the Slack slash command
 * @param argument whether the command needs something after the word
 * @param slash whether Slack has a slash command for it
 * @param handler what the command does with the rest of the line (blank when nothing follows)
 */
public record CommandSpec(String key, List<String> words, Argument argument, boolean slash, Handler handler) {

    /** Whether something must follow the word. */
    public enum Argument {
        NONE,
        OPTIONAL,
        REQUIRED
    }

    /** Runs the command with the rest of the line. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(StaffMember me, String argument, Say say);
    }

    public CommandSpec {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("command " + key + " has no words");
        }
        words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** A command without its own Slack slash command. */
    public static CommandSpec of(String key, List<String> words, Argument argument, Handler handler) {
        return new CommandSpec(key, words, argument, false, handler);
    }

    /** The command as Slack's slash command, e.g. {@code /zeit}. */
    public String slashCommand() {
        return "/" + words.get(0);
    }

    /** The first word of an argument, e.g. the ticket number in {@code T-2026-00042 1:30}. */
    public static String firstWord(String argument) {
        String[] words = argument.strip().split("\\s+", 2);
        return words[0];
    }

    /** What follows the first word of an argument, e.g. the duration in {@code T-2026-00042 1:30}; blank if nothing. */
    public static String afterFirstWord(String argument) {
        String[] words = argument.strip().split("\\s+", 2);
        return words.length > 1 ? words[1].strip() : "";
    }
}
