package de.servicebot.bot.feature.delivery;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.bot.outbox.NotificationButton;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.stock.StockService;
import de.servicebot.core.ticket.TicketService;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Entnahme Lager through the back office: {@code lager offen} lists what waits; the back office books a hand-off or
 * asks back from its notice, and the technician answers from theirs.
 */
public final class StockFeature implements Feature {

    public static final String BOOK = "stock.book";
    public static final String QUERY_OPEN = "stock.query.open";
    public static final String QUERY = "stock.query";
    public static final String ANSWER_OPEN = "stock.answer.open";
    public static final String ANSWER = "stock.answer";

    private static final List<String> DATA = List.of("ticketId", StockFlow.REQUEST_ID);

    /** The buttons under the notices: "Gebucht" and "Rückfrage" for the back office, "Antworten" for the technician. */
    public static final List<NotificationButton> NOTICE_BUTTONS = List.of(
            new NotificationButton(NotificationTemplate.STOCK_REQUESTED, "button.stock-book", BOOK, DATA),
            new NotificationButton(NotificationTemplate.STOCK_REQUESTED, "button.stock-query", QUERY_OPEN, DATA),
            new NotificationButton(NotificationTemplate.STOCK_QUERIED, "button.stock-answer", ANSWER_OPEN, DATA));

    private final StockFlow flow;
    private final TicketViews views;

    public StockFeature(StockService stock, TicketService tickets, StaffService staff, TicketViews views, Clock clock) {
        this.flow = new StockFlow(stock, tickets, staff, clock);
        this.views = views;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of(
                "stock", List.of("lager", "stock"), Argument.OPTIONAL, (me, argument, say) -> flow.waiting(me, say)));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(
                BOOK, (me, inputs, say) -> flow.book(me, views.ticket(me, inputs), inputs, say),
                QUERY_OPEN, (me, inputs, say) -> flow.queryForm(me, views.ticket(me, inputs), inputs, say),
                QUERY, (me, inputs, say) -> flow.query(me, views.ticket(me, inputs), inputs, say),
                ANSWER_OPEN, (me, inputs, say) -> flow.answerForm(me, views.ticket(me, inputs), inputs, say),
                ANSWER, (me, inputs, say) -> flow.answer(me, views.ticket(me, inputs), inputs, say));
    }

    StockFlow flow() {
        return flow;
    }
}
