package de.servicebot.bot.conversation;

import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.HandledRequests;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffMember;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What every channel talks to. {@link #message} takes what a person typed, {@link #submit} a form or a button,
 * {@link #customers} a type-ahead. Each answers with views in the person's language. This is the one place where a
 * refusal from core becomes the user's text (next to its field when it came from a form) and where anything
 * unexpected is logged once, with a reference the user can quote, instead of reaching the user as an error.
 */
public final class Conversation {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);

    /** How often a request that lost a race with another change is run again before the person is told. */
    private static final int ATTEMPTS = 5;

    private final Messages messages;
    private final Transactions transactions;
    private final HandledRequests handled;
    private final CustomerService customers;
    private final CommandParser parser;
    private final List<CommandSpec> commands;
    private final Map<String, Feature.ActionHandler> actions;

    /**
     * The conversation of the features, in the order their commands are listed in the help. Refuses a word or an
     * action id claimed by two features.
     */
    public Conversation(
            Messages messages,
            Transactions transactions,
            HandledRequests handled,
            CustomerService customers,
            List<? extends Feature> features) {
        this.messages = messages;
        this.transactions = transactions;
        this.handled = handled;
        this.customers = customers;
        this.commands = features.stream().flatMap(f -> f.commands().stream()).toList();
        this.parser = new CommandParser(commands);
        Map<String, Feature.ActionHandler> byId = new java.util.HashMap<>();
        for (Feature feature : features) {
            feature.actions().forEach((id, handler) -> {
                if (byId.putIfAbsent(id, handler) != null) {
                    throw new IllegalStateException("The action id '" + id + "' is claimed twice");
                }
            });
        }
        this.actions = Map.copyOf(byId);
    }

    /** Every action id a form or button of a feature may ask for: the channels route exactly these. */
    public Set<String> actionIds() {
        return actions.keySet();
    }

    /** The commands Slack offers as slash commands of their own, e.g. {@code /zeit}. */
    public List<CommandSpec> slashCommands() {
        return commands.stream().filter(CommandSpec::slash).toList();
    }

    /** Whether the text starts a command the bot understands (or asks for help). */
    public boolean understands(String typed) {
        return parser.understands(typed);
    }

    /** Answers what the person typed. */
    public Reply message(StaffMember me, String text) {
        CommandParser.Parsed parsed = parser.parse(withoutNul(text));
        String context =
                parsed instanceof CommandParser.Parsed.Run run ? run.command().key() : "message";
        return guarded(me, context, List.of(), Request.none(), say -> answer(me, parsed, say));
    }

    /** Answers a submitted form or a pressed button: the action id and the inputs (hidden ones included). */
    public Reply submit(StaffMember me, String action, Map<String, String> values) {
        return submit(me, action, values, Request.none());
    }

    /**
     * Answers a submitted form or a pressed button as {@link #submit(StaffMember, String, Map)}, once: a form whose
     * token, or a request whose platform key, was handled before is answered that it is done, and nothing changes
     * again.
     */
    public Reply submit(StaffMember me, String action, Map<String, String> values, Request request) {
        Map<String, String> typed = new java.util.HashMap<>();
        values.forEach((field, value) -> typed.put(withoutNul(field), withoutNul(value)));
        Inputs inputs = new Inputs(typed);
        Feature.ActionHandler handler = action == null ? null : actions.get(action);
        if (handler == null) {
            return Reply.of(TextView.error(messages.text(me.language(), "conversation.unknown-action")));
        }
        return guarded(me, action, keys(inputs, request), request, say -> handler.handle(me, inputs, say));
    }

    /** Customers whose name starts with what was typed, as choices for a type-ahead; none on any refusal. */
    public List<FormView.Option> customers(StaffMember me, String prefix) {
        try {
            return customers.search(withoutNul(prefix), me).stream()
                    .map(c -> new FormView.Option(c.id().toString(), c.name() + " (" + c.number() + ")"))
                    .toList();
        } catch (DomainException refused) {
            return List.of();
        }
    }

    private Reply answer(StaffMember me, CommandParser.Parsed parsed, Say say) {
        if (parsed instanceof CommandParser.Parsed.Run run) {
            return run.command().handler().handle(me, run.argument(), say);
        }
        if (parsed instanceof CommandParser.Parsed.Missing missing) {
            String key = "help." + missing.command().key();
            return Reply.of(TextView.info(say.text(
                    "conversation.missing-argument",
                    missing.command()
                            .words()
                            .get(
                                    say.language() == Language.EN
                                            ? missing.command().words().size() - 1
                                            : 0),
                    say.text(key + ".argument"),
                    say.text(key + ".example"))));
        }
        if (parsed instanceof CommandParser.Parsed.Unknown unknown) {
            return Reply.of(TextView.info(unknown.nearest()
                    .map(near -> say.text("conversation.did-you-mean", unknown.word(), near))
                    .orElseGet(() -> say.text("conversation.unknown", unknown.word()))));
        }
        return Reply.of(help(say));
    }

    /** The answer while the database cannot be reached: nothing was done, try again shortly. */
    public Reply unavailable(Language language) {
        return Reply.of(TextView.error(messages.text(language, "common.unavailable")));
    }

    /**
     * Whether the failure is the database not answering (stopped, frozen, every connection taken): a passing state
     * the person is told about in a sentence, not an error with a reference.
     */
    public static boolean storeDown(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * The text without NUL characters: no chat shows them, and PostgreSQL refuses to store them, so they are dropped
     * where text enters the conversation, for every channel alike.
     */
    static String withoutNul(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }

    private HelpView help(Say say) {
        return new HelpView(
                say.text("help.title"),
                say.text("help.intro"),
                java.util.stream.Stream.concat(
                                commands.stream().map(CommandSpec::key), java.util.stream.Stream.of("help"))
                        .map(c -> new HelpView.Entry(
                                say.text("help." + c + ".command"),
                                say.text("help." + c + ".description"),
                                say.text("help." + c + ".example")))
                        .toList());
    }

    /**
     * Runs one request in one transaction: its keys are claimed first (a key handled before answers that it is
     * done), a refusal rolls everything back (the keys too, so the corrected form can be sent again), a lost race is
     * run again, and every form in the answer gets a fresh one-time token.
     */
    private Reply guarded(
            StaffMember me, String context, List<String> keys, Request request, Function<Say, Reply> work) {
        Say say = new Say(messages, me.language());
        for (int attempt = 1; ; attempt++) {
            try {
                Answer answer = transactions.inTransaction(
                        () -> {
                            if (!keys.stream().allMatch(handled::claim)) {
                                log.info("Request {} of staff {} was handled before; not again", context, me.id());
                                return new Answer(
                                        Reply.of(TextView.info(say.text("conversation.already-handled"))), false);
                            }
                            Answer done = answered(me, work, say);
                            if (!done.refused()) {
                                request.withAnswer().accept(done.reply());
                            }
                            return done;
                        },
                        Answer::refused);
                return answer.reply();
            } catch (DomainException refusal) {
                if (Versioned.CONCURRENT_CHANGE.equals(refusal.code()) && attempt < ATTEMPTS) {
                    continue;
                }
                return Reply.of(TextView.error(messages.of(refusal, me.language())));
            } catch (RuntimeException unexpected) {
                if (storeDown(unexpected)) {
                    log.warn(
                            "Database not reachable handling {} for staff {}: {}",
                            context,
                            me.id(),
                            unexpected.toString());
                    return unavailable(me.language());
                }
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected failure {} handling {} for staff {}", reference, context, me.id(), unexpected);
                return Reply.of(TextView.error(say.text("common.unexpected", reference)));
            }
        }
    }

    /** The work's answer with fresh tokens on its forms, or the refusal it ended in; a lost race is thrown on. */
    private Answer answered(StaffMember me, Function<Say, Reply> work, Say say) {
        try {
            Reply reply = work.apply(say);
            return new Answer(withTokens(reply), refused(reply));
        } catch (FieldRefusal refusal) {
            if (Versioned.CONCURRENT_CHANGE.equals(refusal.refusal().code())) {
                throw refusal.refusal();
            }
            return new Answer(
                    withTokens(Reply.of(
                            refusal.form().withError(refusal.field(), messages.of(refusal.refusal(), me.language())))),
                    true);
        } catch (DomainException refusal) {
            if (Versioned.CONCURRENT_CHANGE.equals(refusal.code())) {
                throw refusal;
            }
            return new Answer(Reply.of(TextView.error(messages.of(refusal, me.language()))), true);
        }
    }

    /** What the request is known by: its form's token and the platform's key, each claimed once. */
    private static List<String> keys(Inputs inputs, Request request) {
        List<String> keys = new java.util.ArrayList<>(2);
        try {
            inputs.id(Actions.FORM_TOKEN).ifPresent(token -> keys.add("form:" + token));
        } catch (DomainException garbled) {
            // not a token this bot gave; the form is handled as one without
        }
        request.platformKey()
                .filter(key -> key.length() <= HandledRequests.MAX_KEY_LENGTH)
                .ifPresent(keys::add);
        return keys;
    }

    private static Reply withTokens(Reply reply) {
        if (reply.views().stream().noneMatch(FormView.class::isInstance)) {
            return reply;
        }
        return new Reply(reply.views().stream()
                .map(view -> view instanceof FormView form
                        ? form.withHidden(Actions.FORM_TOKEN, UUID.randomUUID().toString())
                        : view)
                .toList());
    }

    /** Whether the reply refuses: nothing it was asked for was done, so nothing of it was kept. */
    public static boolean refusal(Reply reply) {
        return refused(reply);
    }

    private static boolean refused(Reply reply) {
        return reply.views().stream()
                .anyMatch(view -> view instanceof TextView text && text.tone() == TextView.Tone.ERROR
                        || view instanceof FormView form && form.refused());
    }

    private record Answer(Reply reply, boolean refused) {}
}
