package de.servicebot.bot.conversation;

import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.call.CallService;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.customer.CustomerSummary;
import de.servicebot.core.order.OrderService;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.HandledRequests;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.shared.Versioned;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketService;
import de.servicebot.core.time.TimeService;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private static final List<String> HELP = List.of(
            "new",
            "ticket",
            "mine",
            "customer",
            "forward",
            "time",
            "times",
            "call",
            "checklist",
            "resolve",
            "order",
            "template",
            "help");

    /** How often a request that lost a race with another change is run again before the person is told. */
    private static final int ATTEMPTS = 5;

    private final CommandParser parser = new CommandParser();
    private final Messages messages;
    private final Transactions transactions;
    private final HandledRequests handled;
    private final TicketService tickets;
    private final CustomerService customers;
    private final TicketViews views;
    private final CreateTicketFlow create;
    private final ForwardFlow forward;
    private final TimeEntryFlow time;
    private final CallFlow calls;
    private final ChecklistFlow checklists;
    private final OrderFlow orders;
    private final ChecklistTemplateFlow checklistTemplates;

    public Conversation(
            Messages messages,
            TicketService tickets,
            CreationService creation,
            TimeService time,
            CallService calls,
            CustomerService customers,
            CatalogService catalog,
            StaffService staff,
            ChecklistService checklists,
            OrderService orders,
            Transactions transactions,
            HandledRequests handled,
            Clock clock) {
        this.messages = messages;
        this.transactions = transactions;
        this.handled = handled;
        this.tickets = tickets;
        this.customers = customers;
        this.views = new TicketViews(tickets, clock);
        this.create = new CreateTicketFlow(creation, customers, catalog, views);
        this.forward = new ForwardFlow(creation, tickets, staff, views);
        this.time = new TimeEntryFlow(time, catalog, staff, clock);
        this.calls = new CallFlow(calls, tickets);
        this.checklists = new ChecklistFlow(checklists, staff, views, clock);
        this.orders = new OrderFlow(orders, customers, catalog, checklists, staff, views);
        this.checklistTemplates = new ChecklistTemplateFlow(checklists, catalog);
    }

    /** Answers what the person typed. */
    public Reply message(StaffMember me, String text) {
        Command command = parser.parse(withoutNul(text));
        return guarded(
                me, command.getClass().getSimpleName(), List.of(), Request.none(), say -> answer(me, command, say));
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
        return guarded(me, action, keys(inputs, request), request, say -> switch (action == null ? "" : action) {
            case Actions.NEW_TICKET_CUSTOMER -> create.customerChosen(me, inputs, say);
            case Actions.NEW_TICKET -> create.submit(me, inputs, say);
            case Actions.SHOW_TICKET -> Reply.of(views.view(ticket(me, inputs), me, say));
            case Actions.FORWARD_OPEN -> forward.start(me, ticket(me, inputs), say);
            case Actions.FORWARD -> forward.submit(me, ticket(me, inputs), inputs, say);
            case Actions.TIME_OPEN -> time.start(me, ticket(me, inputs), "", say);
            case Actions.TIME_BOOK -> time.submit(me, ticket(me, inputs), inputs, say);
            case Actions.TIME_SHEET -> Reply.of(time.sheet(me, ticket(me, inputs), say));
            case Actions.TIME_EDIT -> time.edit(me, ticket(me, inputs), inputs, say);
            case Actions.TIME_DELETE -> time.delete(me, ticket(me, inputs), inputs, say);
            case Actions.CALL_OPEN -> calls.start(me, ticket(me, inputs), say);
            case Actions.CALL_LOG -> calls.submit(me, ticket(me, inputs), inputs, say);
            case Actions.CHECKLIST_SHOW -> checklists.show(me, ticket(me, inputs), say);
            case Actions.CHECKLIST_TICK_OPEN -> checklists.open(me, ticket(me, inputs), inputs, say);
            case Actions.CHECKLIST_TICK -> checklists.tick(me, ticket(me, inputs), inputs, say);
            case Actions.CHECKLIST_UNTICK_OPEN -> checklists.untickForm(me, ticket(me, inputs), inputs, say);
            case Actions.CHECKLIST_UNTICK -> checklists.untick(me, ticket(me, inputs), inputs, say);
            case Actions.RESOLVE -> checklists.resolve(me, ticket(me, inputs), say);
            case Actions.ORDER_TICKETS -> orders.submit(me, inputs, say);
            case Actions.CHECKLIST_TEMPLATE -> checklistTemplates.submit(me, inputs, say);
            default -> Reply.of(TextView.error(say.text("conversation.unknown-action")));
        });
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

    private Reply answer(StaffMember me, Command command, Say say) {
        if (command instanceof Command.Help) {
            return Reply.of(help(say));
        } else if (command instanceof Command.NewTicket c) {
            return create.start(me, c.subject(), say);
        } else if (command instanceof Command.ShowTicket c) {
            return Reply.of(views.view(tickets.find(c.number(), me), me, say));
        } else if (command instanceof Command.MyTickets) {
            return Reply.of(
                    views.list(say.text("list.mine.title"), tickets.mine(me), say.text("list.mine.empty"), say));
        } else if (command instanceof Command.CustomerTickets c) {
            return customerTickets(me, c.namePrefix(), say);
        } else if (command instanceof Command.Forward c) {
            return forward.start(me, tickets.find(c.number(), me), say);
        } else if (command instanceof Command.LogTime c) {
            return time.start(me, tickets.find(c.number(), me), c.duration(), say);
        } else if (command instanceof Command.TimeSheet c) {
            return Reply.of(time.sheet(me, tickets.find(c.number(), me), say));
        } else if (command instanceof Command.LogCall c) {
            return calls.start(me, tickets.find(c.number(), me), say);
        } else if (command instanceof Command.ShowChecklist c) {
            return checklists.show(me, tickets.find(c.number(), me), say);
        } else if (command instanceof Command.Resolve c) {
            return checklists.resolve(me, tickets.find(c.number(), me), say);
        } else if (command instanceof Command.OrderTickets c) {
            return orders.start(me, c.orderNumber(), say);
        } else if (command instanceof Command.EditChecklistTemplate c) {
            return checklistTemplates.start(me, c.typeName(), say);
        } else if (command instanceof Command.MissingNumber c) {
            return Reply.of(TextView.info(
                    say.text("conversation.missing-argument", say.text("help." + c.command() + ".example"))));
        }
        Command.Unknown unknown = (Command.Unknown) command;
        return Reply.of(TextView.info(say.text("conversation.unknown", unknown.word())), help(say));
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

    private Reply customerTickets(StaffMember me, String prefix, Say say) {
        List<CustomerSummary> found = customers.search(prefix, me);
        if (found.isEmpty()) {
            return Reply.of(TextView.info(say.text("customer.none-found", prefix)));
        }
        Optional<CustomerSummary> exact = found.stream()
                .filter(c -> c.name().equalsIgnoreCase(prefix.strip()))
                .findFirst();
        if (found.size() > 1 && exact.isEmpty()) {
            String names = String.join(
                    ", ", found.stream().map(CustomerSummary::name).limit(10).toList());
            return Reply.of(TextView.info(say.text("customer.several-found", prefix, names)));
        }
        CustomerSummary customer = exact.orElse(found.get(0));
        return Reply.of(views.list(
                say.text("list.customer.title", customer.name()),
                tickets.ofCustomer(customer.id(), me),
                say.text("list.customer.empty", customer.name()),
                say));
    }

    private HelpView help(Say say) {
        return new HelpView(
                say.text("help.title"),
                say.text("help.intro"),
                HELP.stream()
                        .map(c -> new HelpView.Entry(
                                say.text("help." + c + ".command"),
                                say.text("help." + c + ".description"),
                                say.text("help." + c + ".example")))
                        .toList());
    }

    private Ticket ticket(StaffMember me, Inputs inputs) {
        Optional<UUID> id = inputs.id(Actions.TICKET_ID);
        if (id.isEmpty()) {
            throw new DomainException("conversation.ticket-missing");
        }
        return views.resolve(me, "", id);
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
