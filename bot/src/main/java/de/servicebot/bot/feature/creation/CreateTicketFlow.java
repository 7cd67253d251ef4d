package de.servicebot.bot.feature.creation;

import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.catalog.CategoryId;
import de.servicebot.core.catalog.TicketTypeId;
import de.servicebot.core.creation.CreationService;
import de.servicebot.core.customer.ContactId;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.OpenTicket;
import de.servicebot.core.ticket.Ticket;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Ticketerstellung", step 1: choose the customer (type-ahead) and a subject; step 2: the customer's contact, type,
 * main category, and the description prefilled from "Ticket NEU". Saving is refused with the first missing step named
 * next to its field.
 */
final class CreateTicketFlow {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("ticket.customer-missing", "customer"),
            Map.entry("ticket.customer-unknown", "customer"),
            Map.entry("customer.not-found", "customer"),
            Map.entry("ticket.contact-missing", "contact"),
            Map.entry("customer.contact-unknown", "contact"),
            Map.entry("ticket.type-missing", "type"),
            Map.entry("ticket.type-unknown", "type"),
            Map.entry("ticket.category-missing", "category"),
            Map.entry("ticket.category-unknown", "category"),
            Map.entry("ticket.subject-missing", "subject"),
            Map.entry("ticket.subject-too-long", "subject"),
            Map.entry("ticket.description-too-long", "description"),
            Map.entry("form.invalid-choice", ""));

    private final CreationService tickets;
    private final CustomerService customers;
    private final CatalogService catalog;
    private final TicketViews views;

    CreateTicketFlow(CreationService tickets, CustomerService customers, CatalogService catalog, TicketViews views) {
        this.tickets = tickets;
        this.customers = customers;
        this.catalog = catalog;
        this.views = views;
    }

    Reply start(StaffMember me, String subject, Say say) {
        me.require(Permission.CREATE_TICKET);
        return Reply.of(customerForm(subject, say));
    }

    Reply customerChosen(StaffMember me, Inputs inputs, Say say) {
        FormView form = customerForm(inputs.text("subject"), say).withValues(inputs.asMap());
        Customer customer = Forms.refusingAt(form, FIELDS, () -> {
            UUID id = inputs.id("customer").orElseThrow(() -> new DomainException("ticket.customer-missing"));
            return customers.get(new CustomerId(id), me);
        });
        return Reply.of(ticketForm(me, customer, inputs.text("subject"), tickets.newTicketText(me), say));
    }

    Reply submit(StaffMember me, Inputs inputs, Say say) {
        UUID customerId = inputs.id(CreationFeature.CUSTOMER_ID)
                .orElseThrow(() -> new DomainException("ticket.customer-missing"));
        Customer customer = customers.get(new CustomerId(customerId), me);
        FormView form = ticketForm(me, customer, "", "", say).withValues(inputs.asMap());
        Ticket ticket = Forms.refusingAt(
                form,
                FIELDS,
                () -> tickets.open(
                        new OpenTicket(
                                customer.id(),
                                inputs.id("contact").map(ContactId::new).orElse(null),
                                inputs.id("type").map(TicketTypeId::new).orElse(null),
                                inputs.id("category").map(CategoryId::new).orElse(null),
                                inputs.text("subject"),
                                inputs.text("description")),
                        me));
        return Reply.of(
                TextView.success(say.text("ticket.opened", ticket.number().toString())), views.view(ticket, me, say));
    }

    private static FormView customerForm(String subject, Say say) {
        return new FormView(
                CreationFeature.NEW_TICKET_CUSTOMER,
                say.text("form.new-ticket.title"),
                List.of(
                        say.field("customer", FormView.Kind.CUSTOMER_SEARCH, "", true),
                        say.field("subject", FormView.Kind.TEXT, subject, true)),
                Map.of(),
                say.text("button.next"),
                "");
    }

    private FormView ticketForm(StaffMember me, Customer customer, String subject, String description, Say say) {
        List<FormView.Option> contacts = customer.contacts().stream()
                .map(c -> new FormView.Option(c.id().toString(), c.name()))
                .toList();
        String onlyContact = contacts.size() == 1 ? contacts.get(0).value() : "";
        return new FormView(
                CreationFeature.NEW_TICKET,
                say.text("form.new-ticket.title-for", customer.name()),
                List.of(
                        say.choice("contact", onlyContact, true, contacts),
                        say.choice(
                                "type",
                                "",
                                true,
                                catalog.types().stream()
                                        .map(t -> new FormView.Option(t.id().toString(), t.name()))
                                        .toList()),
                        say.choice(
                                "category",
                                "",
                                true,
                                catalog.categories().stream()
                                        .map(c -> new FormView.Option(c.id().toString(), c.name()))
                                        .toList()),
                        say.field("subject", FormView.Kind.TEXT, subject, true),
                        say.field("description", FormView.Kind.MULTILINE, description, false)),
                Map.of(CreationFeature.CUSTOMER_ID, customer.id().toString()),
                say.text("button.create"),
                "");
    }
}
