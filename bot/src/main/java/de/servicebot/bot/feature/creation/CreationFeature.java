package de.servicebot.bot.feature.creation;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.TicketButton;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.ticket.TicketAction;
import java.util.List;
import java.util.Map;

/**
 * Opening a ticket ({@code neu}); {@link ForwardFeature} forwards it. The action ids of both are named here, the
 * package's public names.
 */
public final class CreationFeature implements Feature {

    public static final String NEW_TICKET_CUSTOMER = "ticket.new.customer";
    public static final String NEW_TICKET = "ticket.new";
    public static final String FORWARD_OPEN = "ticket.forward.open";
    public static final String FORWARD = "ticket.forward";
    /** The hidden input carrying the chosen customer's id in the second step of a new ticket. */
    public static final String CUSTOMER_ID = "customerId";

    /** The ticket card's button that opens the forward form. */
    public static final TicketButton FORWARD_BUTTON =
            new TicketButton(TicketAction.FORWARD, "button.forward", FORWARD_OPEN);

    private final CreateTicketFlow create;

    public CreationFeature(
            CreationService creation, CustomerService customers, CatalogService catalog, TicketViews views) {
        this.create = new CreateTicketFlow(creation, customers, catalog, views);
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of("new", List.of("neu", "new"), Argument.OPTIONAL, create::start));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(NEW_TICKET_CUSTOMER, create::customerChosen, NEW_TICKET, create::submit);
    }
}
