package de.servicebot.bot.feature.order;

import de.servicebot.bot.conversation.AppointmentFields;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.catalog.CategoryId;
import de.servicebot.core.catalog.TicketType;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.customer.ContactId;
import de.servicebot.core.customer.Customer;
import de.servicebot.core.customer.CustomerService;
import de.servicebot.core.order.Order;
import de.servicebot.core.order.OrderId;
import de.servicebot.core.order.OrderPosition;
import de.servicebot.core.order.OrderService;
import de.servicebot.core.order.OrderTickets;
import de.servicebot.core.order.PlannedTicket;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sales turns an order into tickets: one form with the contact, the main category, a switch per ticket type (each
 * saying how many checklists it brings), which of them is the base installation that keeps the order document, the
 * technician of each ticket, whether the order's agreed date becomes the appointment of the tickets that get a
 * technician now (on site or remote), and the description, prefilled with the positions and the agreements that must
 * reach the technician.
 */
final class OrderFlow {

    static final String TYPE_PREFIX = "type_";
    /** The choice of technician for the ticket of one type. */
    static final String TECHNICIAN_PREFIX = "technician_";
    /** The tick box that makes the order's agreed date the tickets' appointment. */
    static final String AGREED_DATE = "appointmentFromOrder";

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("ticket.contact-missing", "contact"),
            Map.entry("customer.contact-unknown", "contact"),
            Map.entry("ticket.category-missing", "category"),
            Map.entry("ticket.category-unknown", "category"),
            Map.entry("order.agreements-missing", "description"),
            Map.entry("ticket.description-too-long", "description"),
            Map.entry("order.base-not-chosen", "baseInstallation"),
            Map.entry("ticket.technician-unknown", ""),
            Map.entry("ticket.assignee-not-technician", ""),
            Map.entry("ticket.appointment-in-past", AGREED_DATE),
            Map.entry("form.visit-invalid", AppointmentFields.VISIT),
            Map.entry("ticket.contact-without-email", "notifyCustomer"));

    private final OrderService orders;
    private final CustomerService customers;
    private final CatalogService catalog;
    private final ChecklistService checklists;
    private final StaffService staff;
    private final TicketViews views;

    OrderFlow(
            OrderService orders,
            CustomerService customers,
            CatalogService catalog,
            ChecklistService checklists,
            StaffService staff,
            TicketViews views) {
        this.orders = orders;
        this.customers = customers;
        this.catalog = catalog;
        this.checklists = checklists;
        this.staff = staff;
        this.views = views;
    }

    Reply start(StaffMember me, String orderNumber, Say say) {
        me.require(Permission.TICKETS_FROM_ORDER);
        Order order = orders.find(orderNumber, me);
        if (!order.tickets().isEmpty()) {
            return Reply.of(TextView.info(say.text("order.tickets-exist", order.number())));
        }
        return Reply.of(form(me, order, say));
    }

    /**
     * Makes the chosen tickets, the base installation first: it keeps the order document. When only one ticket is
     * made, it is the base installation; otherwise the type chosen as base installation must be among them.
     */
    Reply submit(StaffMember me, Inputs inputs, Say say) {
        me.require(Permission.TICKETS_FROM_ORDER);
        OrderId id = inputs.id(OrderFeature.ORDER_ID)
                .map(OrderId::new)
                .orElseThrow(() -> new DomainException("order.not-found", "?"));
        Order order = orders.get(id, me);
        FormView form = form(me, order, say).withValues(inputs.asMap());
        String base = inputs.text("baseInstallation");
        List<TicketType> chosen = catalog.types().stream()
                .filter(t -> inputs.flag(TYPE_PREFIX + t.id(), false))
                .sorted(java.util.Comparator.comparing(t -> !t.id().toString().equals(base)))
                .toList();
        boolean baseChosen = chosen.size() == 1
                || (!chosen.isEmpty() && chosen.get(0).id().toString().equals(base));
        int baseIndex = baseChosen ? 0 : -1;
        String description = inputs.text("description");
        List<Ticket> made = Forms.refusingAt(form, FIELDS, () -> {
            Optional<Appointment> agreed = agreedAppointment(order, inputs);
            List<PlannedTicket> planned = chosen.stream()
                    .map(type -> {
                        Optional<StaffId> technician =
                                inputs.id(TECHNICIAN_PREFIX + type.id()).map(StaffId::new);
                        return new PlannedTicket(
                                type.id(),
                                say.text("order.ticket-subject", type.name(), order.number()),
                                description,
                                technician,
                                technician.isPresent() ? agreed : Optional.empty());
                    })
                    .toList();
            return orders.createTickets(
                    new OrderTickets(
                            order.id(),
                            inputs.id("contact").map(ContactId::new).orElse(null),
                            inputs.id("category").map(CategoryId::new).orElse(null),
                            planned,
                            baseIndex,
                            inputs.flag("notifyCustomer", false)),
                    me);
        });
        String list =
                made.stream().map(t -> t.number() + " (" + t.subject() + ")").collect(Collectors.joining(", "));
        String text = say.text("order.tickets-made", order.number(), made.size(), list);
        if (order.document().isPresent()) {
            text += " " + say.text("order.document-at", made.get(0).number().toString());
        }
        return Reply.of(
                TextView.success(text), views.list(say.text("order.tickets-title", order.number()), made, "", say));
    }

    private FormView form(StaffMember me, Order order, Say say) {
        Customer customer = customers.get(order.customerId(), me);
        List<FormView.Option> contacts = customer.contacts().stream()
                .map(c -> new FormView.Option(c.id().toString(), c.name()))
                .toList();
        List<FormView.Field> fields = new ArrayList<>();
        fields.add(say.choice("contact", contacts.size() == 1 ? contacts.get(0).value() : "", true, contacts));
        fields.add(say.choice(
                "category",
                "",
                true,
                catalog.categories().stream()
                        .map(c -> new FormView.Option(c.id().toString(), c.name()))
                        .toList()));
        List<TicketType> types = catalog.types();
        List<FormView.Option> technicians = staff.technicians().stream()
                .map(t -> new FormView.Option(t.id().toString(), t.name()))
                .toList();
        String baseDefault = "";
        for (TicketType type : types) {
            int lists = checklists.templates(type.id(), me).size();
            String hint =
                    lists == 0 ? say.text("order.type-without-checklist") : say.text("order.type-checklists", lists);
            fields.add(new FormView.Field(
                    TYPE_PREFIX + type.id(),
                    FormView.Kind.TOGGLE,
                    say.text("order.type-toggle", type.name()),
                    "false",
                    false,
                    List.of(),
                    hint,
                    ""));
            fields.add(new FormView.Field(
                    TECHNICIAN_PREFIX + type.id(),
                    FormView.Kind.CHOICE,
                    say.text("order.type-technician", type.name()),
                    "",
                    false,
                    technicians,
                    "",
                    ""));
            if (baseDefault.isEmpty() && lists > 0) {
                baseDefault = type.id().toString();
            }
        }
        fields.add(say.choice(
                "baseInstallation",
                types.stream()
                        .filter(TicketType::baseInstallation)
                        .map(t -> t.id().toString())
                        .findFirst()
                        .orElse(baseDefault),
                false,
                types.stream()
                        .map(t -> new FormView.Option(t.id().toString(), t.name()))
                        .toList()));
        order.agreedDate().ifPresent(agreed -> {
            fields.add(say.toggle(
                    AGREED_DATE,
                    say.text("field.appointmentFromOrder", Formats.appointment(agreed, say.language())),
                    true,
                    say.text("field.appointmentFromOrder.hint")));
            fields.add(AppointmentFields.fields(say, Optional.empty(), true).get(2));
        });
        fields.add(say.toggle(
                "notifyCustomer", say.text("field.order-receipt"), false, say.text("field.order-receipt.hint")));
        fields.add(say.field("description", FormView.Kind.MULTILINE, description(order, say), true));
        return new FormView(
                OrderFeature.TICKETS,
                say.text("form.order.title", order.number(), customer.name()),
                fields,
                Map.of(OrderFeature.ORDER_ID, order.id().toString()),
                say.text("button.order-tickets"),
                "");
    }

    /** The order's agreed date as the tickets' appointment, on site or remote, when the person keeps it ticked. */
    private static Optional<Appointment> agreedAppointment(Order order, Inputs inputs) {
        if (order.agreedDate().isEmpty() || !inputs.flag(AGREED_DATE, false)) {
            return Optional.empty();
        }
        Map<String, String> values = new java.util.HashMap<>(inputs.asMap());
        values.put(
                AppointmentFields.DATE, order.agreedDate().get().toLocalDate().toString());
        values.put(
                AppointmentFields.TIME, order.agreedDate().get().toLocalTime().toString());
        return AppointmentFields.read(new Inputs(values));
    }

    /** The positions and, word for word, the agreements, which every ticket from the order must carry. */
    private static String description(Order order, Say say) {
        StringBuilder text = new StringBuilder(say.text("order.description.head", order.number()));
        text.append('\n');
        for (OrderPosition p : order.positions()) {
            text.append("- ")
                    .append(p.quantity().toPlainString())
                    .append(' ')
                    .append(p.unit())
                    .append(' ')
                    .append(p.article())
                    .append('\n');
        }
        if (!order.agreements().isEmpty()) {
            text.append('\n')
                    .append(say.text("order.description.agreements"))
                    .append('\n')
                    .append(order.agreements())
                    .append('\n');
        }
        return text.toString();
    }
}
