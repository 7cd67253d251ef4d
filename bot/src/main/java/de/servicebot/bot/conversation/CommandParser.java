package de.servicebot.bot.conversation;

import de.servicebot.core.ticket.TicketNumber;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads what a person typed, in German or English: {@code neu}/{@code new}, {@code ticket 4711}, {@code meine}/
 * {@code mine}, {@code kunde}/{@code customer}, {@code weiterleiten}/{@code forward}, {@code zeit}/{@code time},
 * {@code zeiten}/{@code times}, {@code anruf}/{@code call}, {@code checkliste}/{@code checklist}, {@code lösen}/
 * {@code resolve}, {@code auftrag}/{@code order}, {@code hilfe}/{@code help}. A leading slash and the word
 * {@code ticket} before a subcommand (Slack's {@code /ticket neu}) are understood too, and a bare ticket number shows
 * that ticket.
 */
public final class CommandParser {

    /** The longest input that is read at all; anything longer is not a command. */
    public static final int MAX_INPUT = 2000;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BARE_NUMBER = Pattern.compile("#?\\d{1,9}");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("hilfe", "help"),
            Map.entry("help", "help"),
            Map.entry("?", "help"),
            Map.entry("neu", "new"),
            Map.entry("new", "new"),
            Map.entry("meine", "mine"),
            Map.entry("mine", "mine"),
            Map.entry("kunde", "customer"),
            Map.entry("customer", "customer"),
            Map.entry("weiterleiten", "forward"),
            Map.entry("forward", "forward"),
            Map.entry("zeit", "time"),
            Map.entry("time", "time"),
            Map.entry("zeiten", "times"),
            Map.entry("times", "times"),
            Map.entry("anruf", "call"),
            Map.entry("call", "call"),
            Map.entry("info", "call"),
            Map.entry("checkliste", "checklist"),
            Map.entry("checklist", "checklist"),
            Map.entry("erledigt", "resolve"),
            Map.entry("lösen", "resolve"),
            Map.entry("loesen", "resolve"),
            Map.entry("resolve", "resolve"),
            Map.entry("auftrag", "order"),
            Map.entry("order", "order"),
            Map.entry("vorlage", "template"),
            Map.entry("template", "template"),
            Map.entry("ticket", "ticket"));

    public Command parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Command.Help();
        }
        if (text.length() > MAX_INPUT) {
            return new Command.Unknown(text.substring(0, 20) + "…");
        }
        String[] words = WHITESPACE.split(text.startsWith("/") ? text.substring(1) : text, 3);
        String first = words[0].toLowerCase(Locale.ROOT);
        String command = WORDS.get(first);
        if (command == null) {
            return isNumber(text) ? new Command.ShowTicket(text) : new Command.Unknown(words[0]);
        }
        String rest = text.substring(text.indexOf(words[0]) + words[0].length()).strip();
        if (command.equals("ticket")) {
            return parseTicket(rest);
        }
        return build(command, rest);
    }

    private Command parseTicket(String rest) {
        if (rest.isEmpty()) {
            return new Command.Help();
        }
        String[] words = WHITESPACE.split(rest, 2);
        String sub = WORDS.get(words[0].toLowerCase(Locale.ROOT));
        if (sub != null && !sub.equals("ticket")) {
            return build(sub, words.length > 1 ? words[1].strip() : "");
        }
        return new Command.ShowTicket(rest);
    }

    private static Command build(String command, String rest) {
        String[] args = rest.isEmpty() ? new String[0] : WHITESPACE.split(rest, 2);
        String number = args.length > 0 ? args[0] : "";
        return switch (command) {
            case "help" -> new Command.Help();
            case "new" -> new Command.NewTicket(rest);
            case "mine" -> new Command.MyTickets();
            case "customer" -> rest.isEmpty() ? new Command.MissingNumber(command) : new Command.CustomerTickets(rest);
            case "forward" -> number.isEmpty() ? new Command.MissingNumber(command) : new Command.Forward(number);
            case "time" ->
                number.isEmpty()
                        ? new Command.MissingNumber(command)
                        : new Command.LogTime(number, args.length > 1 ? args[1].strip() : "");
            case "times" -> number.isEmpty() ? new Command.MissingNumber(command) : new Command.TimeSheet(number);
            case "call" -> number.isEmpty() ? new Command.MissingNumber(command) : new Command.LogCall(number);
            case "checklist" ->
                number.isEmpty() ? new Command.MissingNumber(command) : new Command.ShowChecklist(number);
            case "resolve" -> number.isEmpty() ? new Command.MissingNumber(command) : new Command.Resolve(number);
            case "order" -> number.isEmpty() ? new Command.MissingNumber(command) : new Command.OrderTickets(number);
            case "template" ->
                rest.isEmpty() ? new Command.MissingNumber(command) : new Command.EditChecklistTemplate(rest);
            default -> new Command.Unknown(command);
        };
    }

    private static boolean isNumber(String text) {
        return TicketNumber.parse(text).isPresent() || BARE_NUMBER.matcher(text).matches();
    }
}
