package de.servicebot.bot.conversation;

import de.servicebot.core.customer.CustomerId;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketAction;
import de.servicebot.core.ticket.TicketDetails;
import de.servicebot.core.ticket.TicketHistory;
import de.servicebot.core.ticket.TicketId;
import de.servicebot.core.ticket.TicketService;
import de.servicebot.core.ticket.TicketStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Turns tickets into views: one ticket with its facts and buttons, or a list. */
public final class TicketViews {

    private final TicketService tickets;
    private final Clock clock;
    private final Map<TicketAction, TicketButton> buttons = new EnumMap<>(TicketAction.class);
    private final List<TicketSection> sections;

    /** Refuses two buttons for one action, and an action of core's that no feature offers a button for. */
    public TicketViews(TicketService tickets, Clock clock, List<TicketButton> buttons, List<TicketSection> sections) {
        this.tickets = tickets;
        this.clock = clock;
        this.sections = List.copyOf(sections);
        for (TicketButton button : buttons) {
            TicketButton taken = this.buttons.putIfAbsent(button.action(), button);
            if (taken != null) {
                throw new IllegalStateException(
                        "Two buttons for " + button.action() + ": " + taken.actionId() + " and " + button.actionId());
            }
        }
        EnumSet<TicketAction> missing = EnumSet.allOf(TicketAction.class);
        missing.removeAll(this.buttons.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No feature offers a button for " + missing);
        }
    }

    /** The ticket a button or form carries in its hidden {@link Actions#TICKET_ID}. */
    public Ticket ticket(StaffMember me, Inputs inputs) {
        Optional<UUID> id = inputs.id(Actions.TICKET_ID);
        if (id.isEmpty()) {
            throw new DomainException("conversation.ticket-missing");
        }
        return resolve(me, "", id);
    }

    /** The ticket a command names (typed number) or a button carries (hidden id). */
    public Ticket resolve(StaffMember me, String typedNumber, Optional<UUID> id) {
        return id.isPresent() ? tickets.get(new TicketId(id.get()), me) : tickets.find(typedNumber, me);
    }

    /** The ticket as stored now. */
    public Ticket reload(StaffMember me, Ticket ticket) {
        return tickets.get(ticket.id(), me);
    }

    public TicketView view(Ticket ticket, StaffMember me, Say say) {
        return view(ticket, 0, me, say);
    }

    /** The card with that page of the history (0: the latest changes). */
    public TicketView view(Ticket ticket, int historyPage, StaffMember me, Say say) {
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
                .ifPresent(agreed -> facts.add(fact(say, "appointment", AppointmentFields.describe(agreed, say))));
        facts.add(fact(
                say,
                "created",
                say.text(
                        "ticket.created-by",
                        Formats.date(LocalDate.ofInstant(ticket.createdAt(), clock.getZone()), say.language()),
                        details.creatorName())));
        List<TicketView.Section> added = new ArrayList<>();
        for (TicketSection section : sections) {
            section.of(ticket, me, say).ifPresent(added::add);
        }
        TicketHistory history = tickets.history(ticket.id(), historyPage, me);
        List<ButtonView> shown = buttons(ticket, me, say);
        if (history.more()) {
            Map<String, String> older = new java.util.HashMap<>(ticketData(ticket));
            older.put(Actions.HISTORY_PAGE, String.valueOf(history.page() + 1));
            shown.add(new ButtonView(say.text("button.history-older"), Actions.SHOW_TICKET, older));
        }
        return new TicketView(
                ticket.id().toString(),
                ticket.number().toString(),
                ticket.subject(),
                status(ticket.status(), say),
                facts,
                say.text("field.description"),
                ticket.description(),
                added,
                history.page() == 0 ? say.text("ticket.history") : say.text("ticket.history-page", history.page() + 1),
                history.entries().stream().map(entry -> line(entry, say)).toList(),
                shown);
    }

    public TicketListView list(String title, List<Ticket> list, String emptyText, Say say) {
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

    public static Map<String, String> ticketData(Ticket ticket) {
        return Map.of(Actions.TICKET_ID, ticket.id().toString());
    }

    public static String status(TicketStatus status, Say say) {
        return say.text("enum.TicketStatus." + status.name());
    }

    /** The card's buttons: exactly the actions core would accept from this person on this ticket now. */
    private List<ButtonView> buttons(Ticket ticket, StaffMember me, Say say) {
        Map<String, String> data = ticketData(ticket);
        List<ButtonView> shown = new ArrayList<>();
        for (TicketAction action : TicketAction.allowed(ticket, me)) {
            TicketButton button = buttons.get(action);
            shown.add(new ButtonView(say.text(button.label()), button.actionId(), data));
        }
        return shown;
    }

    /** A change as a sentence: "Vera Vertrieb hat das Ticket an Tim Technik weitergeleitet, 02.12. 10:14". */
    private String line(TicketHistory.Entry entry, Say say) {
        String when = Formats.shortMoment(entry.at(), clock.getZone(), say.language());
        String key = "history." + entry.action();
        String line = say.has(key)
                ? say.text(
                        key,
                        entry.by(),
                        when,
                        entry.to().orElse(""),
                        entry.appointment()
                                .map(agreed -> AppointmentFields.describe(agreed, say))
                                .orElse(""))
                : say.text("history.other", entry.by(), when, entry.action());
        if (entry.customerMailed()) {
            line += " " + say.text("history.customer-mailed");
        }
        if (!entry.text().isEmpty()) {
            line += " – „" + entry.text() + "“";
        }
        return line;
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
