package de.servicebot.bot.feature.time;

import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketViews;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import de.servicebot.core.ticket.Appointment;
import de.servicebot.core.ticket.Ticket;
import de.servicebot.core.time.BookTime;
import de.servicebot.core.time.LogTime;
import de.servicebot.core.time.TimeEntry;
import de.servicebot.core.time.TimeEntryId;
import de.servicebot.core.time.TimeService;
import de.servicebot.core.time.TimeSheet;
import de.servicebot.core.time.WorkDuration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Zeiteinträge": booking time on a ticket (on site or not), the ticket's entries with their total, deleting one's own
 * entry.
 */
final class TimeEntryFlow {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("time.duration-missing", "duration"),
            Map.entry("time.duration-invalid", "duration"),
            Map.entry("time.duration-too-long", "duration"),
            Map.entry("time.activity-missing", "activity"),
            Map.entry("time.activity-unknown", "activity"),
            Map.entry("time.text-too-long", "text"),
            Map.entry("time.date-in-future", "date"),
            Map.entry("form.date-invalid", "date"));

    private final TimeService time;
    private final CatalogService catalog;
    private final StaffService staff;
    private final Clock clock;
    private final List<TimeEntryFollowUp> followUps;

    TimeEntryFlow(
            TimeService time,
            CatalogService catalog,
            StaffService staff,
            Clock clock,
            List<TimeEntryFollowUp> followUps) {
        this.followUps = List.copyOf(followUps);
        this.time = time;
        this.catalog = catalog;
        this.staff = staff;
        this.clock = clock;
    }

    Reply start(StaffMember me, Ticket ticket, String duration, Say say) {
        me.require(Permission.LOG_OWN_TIME);
        return Reply.of(form(ticket, duration, Optional.empty(), say));
    }

    /** Books the form's entry, or corrects the entry it was opened for ("Ändern"). */
    Reply submit(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        Optional<TimeEntryId> correcting = inputs.id(TimeFeature.ENTRY_ID).map(TimeEntryId::new);
        FormView form = form(ticket, "", correcting, say).withValues(inputs.asMap());
        TimeEntry entry = Forms.refusingAt(form, FIELDS, () -> {
            BookTime booking = new BookTime(
                    ticket.id(),
                    Optional.empty(),
                    inputs.date("date"),
                    WorkDuration.parse(inputs.text("duration")),
                    inputs.text("activity"),
                    inputs.text("text"),
                    inputs.flag("billable", false),
                    inputs.flag("onSite", false));
            return correcting.isPresent() ? time.correct(correcting.get(), booking, me) : time.book(booking, me);
        });
        String done = say.text(
                correcting.isPresent() ? "time.corrected" : "time.booked",
                entry.work().duration().format(),
                entry.work().activity(),
                ticket.number().toString());
        List<ButtonView> next = followUps.stream()
                .flatMap(followUp -> followUp.after(entry, ticket, me, say).stream())
                .toList();
        return Reply.of(TextView.success(done), sheet(me, ticket, say, next));
    }

    /** The form for changing one's own entry of today, filled with what it says now. */
    Reply edit(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        TimeEntryId id = entryId(inputs);
        TimeEntry entry = time.sheet(ticket.id(), me).entries().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new DomainException("time.entry-not-found"));
        entry.requireChangeableBy(me.id(), clock);
        LogTime work = entry.work();
        return Reply.of(form(ticket, work.duration().format(), Optional.of(id), say)
                .withValues(Map.of(
                        "activity", work.activity(),
                        "text", work.text(),
                        "billable", String.valueOf(work.billable()),
                        "onSite", String.valueOf(work.onSite()),
                        "date", work.date().toString())));
    }

    Reply delete(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        time.delete(ticket.id(), entryId(inputs), me);
        return Reply.of(TextView.success(say.text("time.deleted")), sheet(me, ticket, say));
    }

    TimeSheetView sheet(StaffMember me, Ticket ticket, Say say) {
        return sheet(me, ticket, say, List.of());
    }

    private TimeSheetView sheet(StaffMember me, Ticket ticket, Say say, List<ButtonView> next) {
        List<ButtonView> buttons = new java.util.ArrayList<>(next);
        buttons.add(new ButtonView(say.text("button.time"), TimeFeature.OPEN, TicketViews.ticketData(ticket)));
        TimeSheet sheet = time.sheet(ticket.id(), me);
        Map<String, String> names = new HashMap<>();
        List<TimeSheetView.Row> rows = sheet.entries().stream()
                .map(e -> new TimeSheetView.Row(
                        Formats.date(e.work().date(), say.language()),
                        names.computeIfAbsent(e.work().workedBy().toString(), id -> name(e)),
                        e.work().duration().format(),
                        e.work().activity(),
                        e.work().text(),
                        say.text(e.work().billable() ? "time.billable" : "time.not-billable"),
                        e.changeableBy(me.id(), clock) ? entryButtons(ticket, e, say) : List.of()))
                .toList();
        return new TimeSheetView(
                say.text("time.sheet.title", ticket.number().toString(), ticket.subject()),
                rows,
                say.text("time.total"),
                sheet.formattedTotal(),
                say.text("time.sheet.empty"),
                buttons);
    }

    private static List<ButtonView> entryButtons(Ticket ticket, TimeEntry entry, Say say) {
        Map<String, String> data = Map.of(
                Actions.TICKET_ID,
                ticket.id().toString(),
                TimeFeature.ENTRY_ID,
                entry.id().toString());
        return List.of(
                new ButtonView(say.text("button.edit"), TimeFeature.EDIT, data),
                new ButtonView(say.text("button.delete"), TimeFeature.DELETE, data));
    }

    private static TimeEntryId entryId(Inputs inputs) {
        return inputs.id(TimeFeature.ENTRY_ID)
                .map(TimeEntryId::new)
                .orElseThrow(() -> new DomainException("time.entry-not-found"));
    }

    private String name(TimeEntry entry) {
        try {
            return staff.get(entry.work().workedBy()).name();
        } catch (DomainException gone) {
            return "—";
        }
    }

    private FormView form(Ticket ticket, String duration, Optional<TimeEntryId> correcting, Say say) {
        List<FormView.Option> activities = catalog.activities().stream()
                .map(t -> new FormView.Option(t.name(), t.name()))
                .toList();
        return new FormView(
                TimeFeature.BOOK,
                say.text("form.time.title", ticket.number().toString(), ticket.subject()),
                List.of(
                        say.field("duration", FormView.Kind.TEXT, duration, true),
                        say.choice("activity", "", true, activities),
                        say.field("text", FormView.Kind.MULTILINE, "", false),
                        say.field("billable", FormView.Kind.TOGGLE, "true", false),
                        say.field(
                                "onSite",
                                FormView.Kind.TOGGLE,
                                String.valueOf(ticket.appointment()
                                        .filter(Appointment::onSite)
                                        .isPresent()),
                                false),
                        say.field(
                                "date", FormView.Kind.DATE, LocalDate.now(clock).toString(), false)),
                correcting
                        .map(id ->
                                Map.of(Actions.TICKET_ID, ticket.id().toString(), TimeFeature.ENTRY_ID, id.toString()))
                        .orElse(TicketViews.ticketData(ticket)),
                say.text(correcting.isPresent() ? "button.save" : "button.book"),
                "");
    }
}
