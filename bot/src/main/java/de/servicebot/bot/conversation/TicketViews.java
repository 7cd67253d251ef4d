package de.servicebot.bot.conversation;

import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketDetails;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketService;
import de.servicebot.core.ticket.TicketStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Turns tickets into views: one ticket with its facts and buttons, or a list. */
final class TicketViews {

    private final TicketService tickets;
    private final Clock clock;

    TicketViews(TicketService tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The ticket a command names (typed number) or a button carries (hidden id). */
    Ticket resolve(StaffMember me, String typedNumber, Optional<UUID> id) {
        return id.isPresent() ? tickets.get(new TicketId(id.get()), me) : tickets.find(typedNumber, me);
    }

    /** The ticket as stored now. */
    Ticket reload(StaffMember me, Ticket ticket) {
        return tickets.get(ticket.id(), me);
    }

    TicketView view(Ticket ticket, StaffMember me, Say say) {
        TicketDetails details = tickets.details(ticket.id(), me);
        List<TicketView.Fact> facts = new ArrayList<>();
        facts.add(fact(say, "status", status(ticket.status(), say)));
        facts.add(fact(
                say,
                "customer",
                details.customer().name() + " (" + details.customer().number() + ")"));
        facts.add(fact(say, "contact", contact(details)));
        facts.add(fact(say, "type", details.typeName()));
        facts.add(fact(say, "category", details.categoryName()));
        facts.add(fact(say, "assignee", details.assigneeName().orElse("—")));
        ticket.appointment()
                .ifPresent(start -> facts.add(fact(say, "appointment", Formats.appointment(start, say.language()))));
        facts.add(fact(
                say,
                "created",
                say.text(
                        "ticket.created-by",
                        Formats.date(LocalDate.ofInstant(ticket.createdAt(), clock.getZone()), say.language()),
                        details.creatorName())));
        return new TicketView(
                ticket.id().toString(),
                ticket.number().toString(),
                ticket.subject(),
                status(ticket.status(), say),
                facts,
                say.text("field.description"),
                ticket.description(),
                buttons(ticket, me, say));
    }

    TicketListView list(String title, List<Ticket> list, String emptyText, Say say) {
        Map<CustomerId, String> names = tickets.customerNames(list);
        List<TicketListView.Item> items = list.stream()
                .map(t -> new TicketListView.Item(
                        t.id().toString(),
                        t.number().toString(),
                        t.subject(),
                        names.getOrDefault(t.customerId(), "?"),
                        status(t.status(), say),
                        new ButtonView(say.text("button.open"), Actions.SHOW_TICKET, ticketData(t))))
                .toList();
        return new TicketListView(title, items, emptyText);
    }

    static Map<String, String> ticketData(Ticket ticket) {
        return Map.of(Actions.TICKET_ID, ticket.id().toString());
    }

    static String status(TicketStatus status, Say say) {
        return say.text("enum.TicketStatus." + status.name());
    }

    private static List<ButtonView> buttons(Ticket ticket, StaffMember me, Say say) {
        Map<String, String> data = ticketData(ticket);
        List<ButtonView> buttons = new ArrayList<>();
        boolean workable = ticket.status().isOpen();
        if (workable && me.may(Permission.FORWARD_TICKET)) {
            buttons.add(new ButtonView(say.text("button.forward"), Actions.FORWARD_OPEN, data));
        }
        if (ticket.status() != TicketStatus.CLOSED && me.may(Permission.LOG_OWN_TIME)) {
            buttons.add(new ButtonView(say.text("button.time"), Actions.TIME_OPEN, data));
        }
        if (me.may(Permission.LOG_CALL)) {
            buttons.add(new ButtonView(say.text("button.call"), Actions.CALL_OPEN, data));
        }
        buttons.add(new ButtonView(say.text("button.times"), Actions.TIME_SHEET, data));
        buttons.add(new ButtonView(say.text("button.checklist"), Actions.CHECKLIST_SHOW, data));
        if (workable && me.may(Permission.RESOLVE_TICKET)) {
            buttons.add(new ButtonView(say.text("button.resolve"), Actions.RESOLVE, data));
        }
        return buttons;
    }

    private static String contact(TicketDetails details) {
        StringBuilder text = new StringBuilder(details.contact().name());
        details.contact().email().ifPresent(email -> text.append(", ").append(email.value()));
        if (!details.contact().phone().isEmpty()) {
            text.append(", ").append(details.contact().phone());
        }
        return text.toString();
    }

    private static TicketView.Fact fact(Say say, String field, String value) {
        return new TicketView.Fact(say.text("field." + field), value);
    }
}
