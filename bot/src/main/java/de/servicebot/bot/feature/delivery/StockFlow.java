package de.servicebot.bot.feature.delivery;

import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.View;
import de.servicebot.core.delivery.Material;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.stock.StockRequest;
import de.servicebot.core.stock.StockRequestId;
import de.servicebot.core.stock.StockService;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Material handed to the back office: booked ("Gebucht"), asked back ("Rückfrage") and answered; the open ones. */
final class StockFlow {

    static final String REQUEST_ID = "requestId";

    private final StockService stock;
    private final TicketService tickets;
    private final StaffService staff;
    private final Clock clock;

    StockFlow(StockService stock, TicketService tickets, StaffService staff, Clock clock) {
        this.stock = stock;
        this.tickets = tickets;
        this.staff = staff;
        this.clock = clock;
    }

    Reply hand(StaffMember me, Ticket ticket, Material material, Say say) {
        StockRequest handed = stock.hand(ticket.id(), material, "", me);
        return Reply.of(TextView.success(say.text(
                "stock.handed-to-back-office",
                StockService.describe(handed.material(), say.language()),
                ticket.number().toString())));
    }

    Reply book(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        StockRequest booked = stock.book(of(ticket, inputs, me).id(), me);
        return Reply.of(TextView.success(say.text(
                "stock.booked",
                StockService.describe(booked.material(), say.language()),
                ticket.number().toString())));
    }

    Reply queryForm(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        me.require(Permission.BOOK_STOCK);
        return Reply.of(textForm(StockFeature.QUERY, "question", of(ticket, inputs, me), ticket, say));
    }

    Reply query(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        StockRequest request = of(ticket, inputs, me);
        FormView form =
                textForm(StockFeature.QUERY, "question", request, ticket, say).withValues(inputs.asMap());
        Forms.refusingAt(
                form,
                Map.of("stock.question-missing", "question", "stock.text-too-long", "question"),
                () -> stock.query(request.id(), inputs.text("question"), me));
        return Reply.of(
                TextView.success(say.text("stock.queried", ticket.number().toString())));
    }

    Reply answerForm(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        me.require(Permission.RECORD_MATERIAL);
        return Reply.of(textForm(StockFeature.ANSWER, "answer", of(ticket, inputs, me), ticket, say));
    }

    Reply answer(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        StockRequest request = of(ticket, inputs, me);
        FormView form =
                textForm(StockFeature.ANSWER, "answer", request, ticket, say).withValues(inputs.asMap());
        Forms.refusingAt(
                form,
                Map.of("stock.answer-missing", "answer", "stock.text-too-long", "answer"),
                () -> stock.answer(request.id(), inputs.text("answer"), me));
        return Reply.of(
                TextView.success(say.text("stock.answered", ticket.number().toString())));
    }

    /** What waits for the back office (lager offen), oldest first, with its buttons for the back office. */
    Reply waiting(StaffMember me, Say say) {
        List<StockRequest> all = stock.waiting(me);
        if (all.isEmpty()) {
            return Reply.of(TextView.info(say.text("stock.none-waiting")));
        }
        List<View> views = new ArrayList<>();
        views.add(TextView.info(say.text("stock.waiting", all.size())));
        for (StockRequest request : all) {
            Ticket ticket = tickets.get(request.ticketId(), me);
            String line = say.text(
                    request.status() == StockRequest.Status.QUERIED ? "stock.line.queried" : "stock.line.open",
                    ticket.number().toString(),
                    StockService.describe(request.material(), say.language()),
                    name(request),
                    Formats.shortMoment(request.requestedAt(), clock.getZone(), say.language()));
            List<ButtonView> buttons = me.may(Permission.BOOK_STOCK) ? buttons(request, say) : List.of();
            views.add(TextView.info(line).withButtons(buttons));
        }
        return new Reply(views);
    }

    private List<ButtonView> buttons(StockRequest request, Say say) {
        Map<String, String> data = data(request);
        List<ButtonView> buttons = new ArrayList<>();
        buttons.add(new ButtonView(say.text("button.stock-book"), StockFeature.BOOK, data));
        if (request.status() == StockRequest.Status.OPEN) {
            buttons.add(new ButtonView(say.text("button.stock-query"), StockFeature.QUERY_OPEN, data));
        }
        return buttons;
    }

    private FormView textForm(String action, String field, StockRequest request, Ticket ticket, Say say) {
        return new FormView(
                action,
                say.text("form." + field + ".title", ticket.number().toString()),
                List.of(
                        FormView.Field.info(
                                "material",
                                say.text("stock.material"),
                                StockService.describe(request.material(), say.language())),
                        say.field(field, FormView.Kind.MULTILINE, "", true)),
                data(request),
                say.text("button.stock-send"),
                "");
    }

    private static Map<String, String> data(StockRequest request) {
        return Map.of(
                Actions.TICKET_ID,
                request.ticketId().toString(),
                REQUEST_ID,
                request.id().toString());
    }

    /** The hand-off the button names, if it belongs to the ticket the button names too. */
    private StockRequest of(Ticket ticket, Inputs inputs, StaffMember me) {
        StockRequest request = stock.get(
                new StockRequestId(inputs.id(REQUEST_ID).orElseThrow(() -> new DomainException("stock.not-found"))),
                me);
        DomainException.require(request.ticketId().equals(ticket.id()), "stock.not-found");
        return request;
    }

    private String name(StockRequest request) {
        try {
            return staff.get(request.requestedBy()).name();
        } catch (DomainException gone) {
            return "—";
        }
    }
}
