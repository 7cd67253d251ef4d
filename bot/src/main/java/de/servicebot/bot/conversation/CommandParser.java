package de.servicebot.bot.conversation;

import de.servicebot.core.ticket.TicketNumber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a person typed against the registered commands, in German or English. A leading slash and the word
 * {@code ticket} before another command (Slack's {@code /ticket neu}) are understood too, and a bare ticket number
 * runs the {@code ticket} command. {@code hilfe}, {@code help} and {@code ?} ask for the help and belong to no
 * feature.
 */
public final class CommandParser {

    /** The longest input that is read at all; anything longer is not a command. */
    public static final int MAX_INPUT = 2000;

    /** The word that shows a ticket and may stand before any other command. */
    public static final String TICKET = "ticket";

    private static final Set<String> HELP = Set.of("hilfe", "help", "?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BARE_NUMBER = Pattern.compile("#?\\d{1,9}");

    private final Map<String, CommandSpec> words;

    /** Refuses a word claimed by two commands, or one of the help words. */
    public CommandParser(List<CommandSpec> commands) {
        Map<String, CommandSpec> byWord = new LinkedHashMap<>();
        for (CommandSpec command : commands) {
            for (String word : command.words()) {
                if (HELP.contains(word)) {
                    throw new IllegalStateException("The word '" + word + "' of " + command.key() + " asks for help");
                }
                CommandSpec taken = byWord.putIfAbsent(word, command);
                if (taken != null) {
                    throw new IllegalStateException(
                            "The word '" + word + "' is claimed by " + taken.key() + " and " + command.key());
                }
            }
        }
        this.words = Map.copyOf(byWord);
    }

    /** What was typed, read. */
    public sealed interface Parsed {

        /** A command and the rest of the line after its word. */
        record Run(CommandSpec command, String argument) implements Parsed {}

        /** Nothing, or a help word. */
        record Help() implements Parsed {}

        /** A command that needs an argument, without one. */
        record Missing(CommandSpec command) implements Parsed {}

        /**
         * Anything else; {@code word} is the first word, to say what was not understood, and {@code nearest} what the
         * person probably meant: the typed text with the nearest command word in place of theirs.
         */
        record Unknown(String word, Optional<String> nearest) implements Parsed {

            public Unknown(String word) {
                this(word, Optional.empty());
            }
        }
    }

    public Parsed parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Parsed.Help();
        }
        if (text.length() > MAX_INPUT) {
            return new Parsed.Unknown(text.substring(0, 20) + "…");
        }
        String line = text.startsWith("/") ? text.substring(1) : text;
        String[] first = WHITESPACE.split(line, 2);
        String word = first[0].toLowerCase(Locale.ROOT);
        String rest = first.length > 1 ? first[1].strip() : "";
        if (HELP.contains(word)) {
            return new Parsed.Help();
        }
        if (word.equals(TICKET)) {
            if (rest.isEmpty()) {
                return new Parsed.Help();
            }
            String[] sub = WHITESPACE.split(rest, 2);
            String subWord = sub[0].toLowerCase(Locale.ROOT);
            if (HELP.contains(subWord)) {
                return new Parsed.Help();
            }
            CommandSpec command = words.get(subWord);
            if (command != null && !subWord.equals(TICKET)) {
                return run(command, sub.length > 1 ? sub[1].strip() : "");
            }
        }
        CommandSpec command = words.get(word);
        if (command != null) {
            return run(command, rest);
        }
        Optional<CommandSpec> show = Optional.ofNullable(words.get(TICKET));
        if (show.isPresent() && isNumber(text)) {
            return new Parsed.Run(show.get(), text);
        }
        return new Parsed.Unknown(first[0], nearest(word).map(near -> rest.isEmpty() ? near : near + " " + rest));
    }

    /**
     * The command word nearest to a mistyped one ("zet" → "zeit", "weiterleiten" for "weiterleien"): at most one
     * typing mistake in a short word, two in a longer one; none for a word that is nothing like a command.
     */
    Optional<String> nearest(String word) {
        if (word.length() < 3 || word.length() > 30) {
            return Optional.empty();
        }
        int allowed = word.length() <= 5 ? 1 : 2;
        String best = null;
        int bestDistance = allowed + 1;
        for (String known : words.keySet()) {
            int distance = distance(word, known, bestDistance);
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The edit distance (Levenshtein, a swap of neighbours counting once) between the words, up to {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(d[a.length()][b.length()], limit);
    }

    /** Whether the text starts a registered command (or asks for help). */
    public boolean understands(String typed) {
        return !(parse(typed) instanceof Parsed.Unknown);
    }

    private static Parsed run(CommandSpec command, String rest) {
        if (rest.isEmpty() && command.argument() == CommandSpec.Argument.REQUIRED) {
            return new Parsed.Missing(command);
        }
        return new Parsed.Run(command, command.argument() == CommandSpec.Argument.NONE ? "" : rest);
    }

    private static boolean isNumber(String text) {
        return TicketNumber.parse(text).isPresent() || BARE_NUMBER.matcher(text).matches();
    }
}
