package de.servicebot.bot.feature.checklist;

import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.FieldRefusal;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.checklist.Checklist;
import de.servicebot.core.checklist.ChecklistId;
import de.servicebot.core.checklist.ChecklistItem;
import de.servicebot.core.checklist.ChecklistService;
import de.servicebot.core.checklist.Tick;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.ticket.TicketService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Working through a ticket's checklists: the list with its progress, ticking a point (with a form when it asks for a
 * note or evidence), taking a tick back for a reason, and resolving the ticket. Whatever core refuses comes back with
 * the checklist as it is stored now, so whoever lost a race sees what the other person ticked.
 */
final class ChecklistFlow {

    private static final Map<String, String> TICK_FIELDS = Map.of(
            "checklist.note-required", "note",
            "checklist.note-too-long", "note",
            "checklist.evidence-required", "evidence",
            "checklist.evidence-too-long", "evidence");
    private static final Map<String, String> UNTICK_FIELDS = Map.of("checklist.reason-required", "reason");

    private final ChecklistService checklists;
    private final TicketService tickets;
    private final StaffService staff;
    private final TicketViews views;
    private final Clock clock;

    ChecklistFlow(
            ChecklistService checklists, TicketService tickets, StaffService staff, TicketViews views, Clock clock) {
        this.tickets = tickets;
        this.checklists = checklists;
        this.staff = staff;
        this.views = views;
        this.clock = clock;
    }

    Reply show(StaffMember me, Ticket ticket, Say say) {
        return Reply.of(view(me, ticket, say));
    }

    /** The button on a point: ticks it at once, or opens the form for the note or evidence it asks for. */
    Reply open(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        me.require(Permission.WORK_CHECKLIST);
        Checklist checklist = checklist(me, ticket, inputs);
        int point = point(inputs);
        ChecklistItem item = item(checklist, point);
        return Reply.of(tickForm(ticket, checklist, point, item, say));
    }

    Reply tick(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        Checklist checklist = checklist(me, ticket, inputs);
        int point = point(inputs);
        ChecklistItem item = item(checklist, point);
        boolean fromForm = inputs.asMap().containsKey("note") || inputs.asMap().containsKey("evidence");
        try {
            checklists.tick(ticket.id(), checklist.id(), point, inputs.text("note"), inputs.text("evidence"), me);
        } catch (DomainException refused) {
            if (fromForm && TICK_FIELDS.containsKey(refused.code())) {
                FormView form = tickForm(ticket, checklist, point, item, say).withValues(inputs.asMap());
                throw new FieldRefusal(form, TICK_FIELDS.get(refused.code()), refused);
            }
            if (!fromForm && TICK_FIELDS.containsKey(refused.code())) {
                return Reply.of(tickForm(ticket, checklist, point, item, say));
            }
            return refusedWithFreshList(me, ticket, refused, say);
        }
        return Reply.of(TextView.success(say.text("checklist.ticked", point, item.text())), view(me, ticket, say));
    }

    Reply untickForm(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        me.require(Permission.WORK_CHECKLIST);
        Checklist checklist = checklist(me, ticket, inputs);
        int point = point(inputs);
        return Reply.of(untickForm(ticket, checklist, point, item(checklist, point), say));
    }

    Reply untick(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        Checklist checklist = checklist(me, ticket, inputs);
        int point = point(inputs);
        ChecklistItem item = item(checklist, point);
        FormView form = untickForm(ticket, checklist, point, item, say).withValues(inputs.asMap());
        try {
            Forms.refusingAt(
                    form,
                    UNTICK_FIELDS,
                    () -> checklists.untick(ticket.id(), checklist.id(), point, inputs.text("reason"), me));
        } catch (FieldRefusal refusal) {
            if (!refusal.field().isEmpty()) {
                throw refusal;
            }
            return refusedWithFreshList(me, ticket, refusal.refusal(), say);
        }
        return Reply.of(TextView.success(say.text("checklist.unticked", point, item.text())), view(me, ticket, say));
    }

    private Reply refusedWithFreshList(StaffMember me, Ticket ticket, DomainException refused, Say say) {
        return Reply.of(TextView.error(say.refusal(refused)), view(me, views.reload(me, ticket), say));
    }

    ChecklistView view(StaffMember me, Ticket ticket, Say say) {
        List<Checklist> lists = checklists.ofTicket(ticket.id(), me);
        boolean workable = ticket.status().isOpen() && me.may(Permission.WORK_CHECKLIST);
        Map<StaffId, String> names = new HashMap<>();
        List<ChecklistView.Section> sections = new ArrayList<>();
        long done = 0;
        long all = 0;
        for (Checklist checklist : lists) {
            List<ChecklistView.Point> points = new ArrayList<>();
            for (int i = 0; i < checklist.items().size(); i++) {
                points.add(point(ticket, checklist, i + 1, workable, names, say));
            }
            done += checklist.doneCount();
            all += checklist.items().size();
            sections.add(new ChecklistView.Section(
                    checklist.name(),
                    say.text(
                            "checklist.progress",
                            checklist.doneCount(),
                            checklist.items().size()),
                    points));
        }
        List<ButtonView> buttons = new ArrayList<>();
        Map<String, String> data = TicketViews.ticketData(ticket);
        if (ticket.resolvableBy(me)) {
            buttons.add(new ButtonView(say.text("button.resolve"), ChecklistFeature.RESOLVE_OPEN, data));
        }
        buttons.add(new ButtonView(say.text("button.show-ticket"), Actions.SHOW_TICKET, data));
        return new ChecklistView(
                ticket.id().toString(),
                say.text("checklist.title", ticket.number().toString(), ticket.subject()),
                all == 0 ? "" : say.text("checklist.progress", done, all),
                sections,
                say.text("checklist.none"),
                buttons);
    }

    private ChecklistView.Point point(
            Ticket ticket, Checklist checklist, int number, boolean workable, Map<StaffId, String> names, Say say) {
        ChecklistItem item = checklist.items().get(number - 1);
        Optional<Tick> tick = checklist.ticks().get(number - 1);
        Map<String, String> data = pointData(ticket, checklist, number);
        List<ButtonView> buttons = new ArrayList<>();
        String state;
        String details = "";
        if (tick.isPresent()) {
            Tick t = tick.get();
            String who = names.computeIfAbsent(t.by(), id -> staff.get(id).name());
            state = say.text(
                    "checklist.done-by",
                    who,
                    Formats.appointment(LocalDateTime.ofInstant(t.at(), clock.getZone()), say.language()));
            List<String> written = new ArrayList<>();
            item.evidence().ifPresent(label -> written.add(label + ": " + t.evidence()));
            if (!t.note().isEmpty()) {
                written.add(say.text("checklist.note", t.note()));
            }
            details = String.join(" · ", written);
            if (workable) {
                buttons.add(new ButtonView(say.text("button.untick"), ChecklistFeature.UNTICK_OPEN, data));
            }
        } else {
            List<String> needs = new ArrayList<>();
            needs.add(say.text(item.required() ? "checklist.required" : "checklist.optional"));
            if (item.inOrder()) {
                needs.add(say.text("checklist.after", number - 1));
            }
            item.evidence().ifPresent(label -> needs.add(say.text("checklist.needs-evidence", label)));
            if (item.noteRequired()) {
                needs.add(say.text("checklist.needs-note"));
            }
            state = say.text("checklist.open") + " · " + String.join(" · ", needs);
            if (workable) {
                boolean asks = item.noteRequired() || item.evidence().isPresent();
                buttons.add(new ButtonView(
                        say.text("button.tick"), asks ? ChecklistFeature.TICK_OPEN : ChecklistFeature.TICK, data));
            }
        }
        return new ChecklistView.Point(number + ".", item.text(), tick.isPresent(), state, details, buttons);
    }

    private FormView tickForm(Ticket ticket, Checklist checklist, int point, ChecklistItem item, Say say) {
        List<FormView.Field> fields = new ArrayList<>();
        item.evidence()
                .ifPresent(label -> fields.add(
                        new FormView.Field("evidence", FormView.Kind.TEXT, label, "", true, List.of(), "", "")));
        fields.add(say.field("note", FormView.Kind.MULTILINE, "", item.noteRequired()));
        return new FormView(
                ChecklistFeature.TICK,
                say.text("form.tick.title", point, item.text()),
                fields,
                pointData(ticket, checklist, point),
                say.text("button.tick"),
                "");
    }

    private FormView untickForm(Ticket ticket, Checklist checklist, int point, ChecklistItem item, Say say) {
        return new FormView(
                ChecklistFeature.UNTICK,
                say.text("form.untick.title", point, item.text()),
                List.of(say.field("reason", FormView.Kind.MULTILINE, "", true)),
                pointData(ticket, checklist, point),
                say.text("button.untick"),
                "");
    }

    private Checklist checklist(StaffMember me, Ticket ticket, Inputs inputs) {
        UUID id =
                inputs.id(ChecklistFeature.CHECKLIST_ID).orElseThrow(() -> new DomainException("checklist.not-found"));
        return checklists.ofTicket(ticket.id(), me).stream()
                .filter(c -> c.id().equals(new ChecklistId(id)))
                .findFirst()
                .orElseThrow(() -> new DomainException("checklist.not-found"));
    }

    private static int point(Inputs inputs) {
        try {
            return Integer.parseInt(inputs.text(ChecklistFeature.POINT));
        } catch (NumberFormatException garbled) {
            throw new DomainException("checklist.no-such-item", inputs.text(ChecklistFeature.POINT));
        }
    }

    private static ChecklistItem item(Checklist checklist, int point) {
        DomainException.require(point >= 1 && point <= checklist.items().size(), "checklist.no-such-item", point);
        return checklist.items().get(point - 1);
    }

    private static Map<String, String> pointData(Ticket ticket, Checklist checklist, int point) {
        Map<String, String> data = new HashMap<>(TicketViews.ticketData(ticket));
        data.put(ChecklistFeature.CHECKLIST_ID, checklist.id().toString());
        data.put(ChecklistFeature.POINT, String.valueOf(point));
        return data;
    }
}
