package de.servicebot.bot.feature.order;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.order.OrderService;
import de.servicebot.core.staff.StaffService;
import java.util.List;
import java.util.Map;

/** Sales turns an order into tickets with their checklists ({@code auftrag}). */
public final class OrderFeature implements Feature {

    public static final String TICKETS = "order.tickets";
    /** The hidden input carrying the order's id on the order-to-tickets form. */
    public static final String ORDER_ID = "orderId";

    private final OrderFlow orders;

    public OrderFeature(
            OrderService orders,
            CustomerService customers,
            CatalogService catalog,
            ChecklistService checklists,
            StaffService staff,
            TicketViews views) {
        this.orders = new OrderFlow(orders, customers, catalog, checklists, staff, views);
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of(
                "order",
                List.of("auftrag", "order"),
                Argument.REQUIRED,
                (me, argument, say) -> orders.start(me, CommandSpec.firstWord(argument), say)));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(TICKETS, orders::submit);
    }
}
