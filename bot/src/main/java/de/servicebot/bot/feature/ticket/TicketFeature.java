package de.servicebot.bot.feature.ticket;

import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.customer.CustomerSummary;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.TicketService;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finding tickets: one by its number ({@code ticket 42}), my open ones ({@code meine}), a customer's ({@code kunde}). */
public final class TicketFeature implements Feature {

    private final TicketService tickets;
    private final CustomerService customers;
    private final TicketViews views;

    public TicketFeature(TicketService tickets, CustomerService customers, TicketViews views) {
        this.tickets = tickets;
        this.customers = customers;
        this.views = views;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                new CommandSpec(
                        "ticket",
                        List.of("ticket"),
                        Argument.REQUIRED,
                        true,
                        (me, number, say) -> Reply.of(views.view(tickets.find(number, me), me, say))),
                CommandSpec.of(
                        "mine",
                        List.of("meine", "mine"),
                        Argument.NONE,
                        (me, nothing, say) -> Reply.of(views.list(
                                say.text("list.mine.title"), tickets.mine(me), say.text("list.mine.empty"), say))),
                CommandSpec.of("customer", List.of("kunde", "customer"), Argument.REQUIRED, this::customerTickets));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of(
                Actions.SHOW_TICKET,
                (me, inputs, say) -> Reply.of(views.view(views.ticket(me, inputs), page(inputs), me, say)));
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

    /** The history page a button asks for; anything but a small number is the first page. */
    private static int page(de.servicebot.bot.conversation.Inputs inputs) {
        String typed = inputs.text(Actions.HISTORY_PAGE);
        return typed.matches("\\d{1,4}") ? Integer.parseInt(typed) : 0;
    }
}
