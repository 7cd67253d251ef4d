package de.servicebot.bot.feature.delivery;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.article.ArticleService;
import de.servicebot.core.delivery.DeliveryNoteService;
import de.servicebot.core.stock.StockService;
import de.servicebot.core.ticket.TicketAction;
import de.servicebot.core.ticket.TicketService;
import java.util.List;
import java.util.Map;

/**
 * Warenausgang and Entnahme Lager: {@code material <Ticket>} puts material from stock onto the ticket's delivery note,
 * {@code lieferschein <Ticket>} shows it to sales to complete and issue; a technician asks sales for a missing one.
 */
public final class DeliveryFeature implements Feature {

    public static final String MATERIAL_OPEN = "delivery.material.open";
    public static final String MATERIAL = "delivery.material";
    public static final String NOTE_OPEN = "delivery.open";
    public static final String ISSUE = "delivery.issue";
    public static final String ASK = "delivery.ask";

    public static final TicketButton MATERIAL_BUTTON =
            new TicketButton(TicketAction.RECORD_MATERIAL, "button.material", MATERIAL_OPEN);
    public static final TicketButton NOTE_BUTTON =
            new TicketButton(TicketAction.DELIVERY_NOTE, "button.delivery-note", NOTE_OPEN);
    public static final TicketButton ASK_BUTTON =
            new TicketButton(TicketAction.ASK_DELIVERY_NOTE, "button.delivery-ask", ASK);

    private final DeliveryFlow flow;
    private final TicketService tickets;
    private final TicketViews views;

    public DeliveryFeature(
            DeliveryNoteService notes,
            ArticleService articles,
            StockService stock,
            TicketService tickets,
            TicketViews views) {
        this.flow = new DeliveryFlow(notes, articles, stock);
        this.tickets = tickets;
        this.views = views;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.of(
                        "material",
                        List.of("material"),
                        Argument.REQUIRED,
                        (me, argument, say) -> flow.materialForm(
                                me, tickets.find(CommandSpec.firstWord(argument), me), new Inputs(Map.of()), say)),
                CommandSpec.of(
                        "delivery-note",
                        List.of("lieferschein", "delivery"),
                        Argument.REQUIRED,
                        (me, argument, say) -> flow.show(
                                me, tickets.find(CommandSpec.firstWord(argument), me), new Inputs(Map.of()), say)));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(
                MATERIAL_OPEN, (me, inputs, say) -> flow.materialForm(me, views.ticket(me, inputs), inputs, say),
                MATERIAL, (me, inputs, say) -> flow.recordMaterial(me, views.ticket(me, inputs), inputs, say),
                NOTE_OPEN, (me, inputs, say) -> flow.show(me, views.ticket(me, inputs), inputs, say),
                ISSUE, (me, inputs, say) -> flow.issue(me, views.ticket(me, inputs), inputs, say),
                ASK, (me, inputs, say) -> flow.ask(me, views.ticket(me, inputs), say));
    }
}
