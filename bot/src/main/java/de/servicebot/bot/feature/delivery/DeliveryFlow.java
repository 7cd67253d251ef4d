package de.servicebot.bot.feature.delivery;

import de.servicebot.bot.conversation.Actions;
import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Forms;
import de.servicebot.bot.conversation.Inputs;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.feature.time.TimeFeature;
import de.servicebot.core.article.Article;
import de.servicebot.core.article.ArticleService;
import de.servicebot.core.delivery.DeliveryLine;
import de.servicebot.core.delivery.DeliveryNote;
import de.servicebot.core.delivery.DeliveryNoteId;
import de.servicebot.core.delivery.DeliveryNoteService;
import de.servicebot.core.delivery.Material;
import de.servicebot.core.delivery.RecordMaterial;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Formats;
import de.servicebot.core.staff.Permission;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.stock.StockRequest;
import de.servicebot.core.stock.StockService;
import de.servicebot.core.ticket.Ticket;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Material from stock onto the ticket's delivery note of the day (on its own or for a time entry), the delivery note
 * as sales and the technician read it, issuing it, and asking sales for it.
 */
final class DeliveryFlow {

    /** The hidden input naming the time entry the material was used for. */
    static final String ENTRY_ID = TimeFeature.ENTRY_ID;

    static final String NOTE_ID = "noteId";

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("delivery.article-missing", "article"),
            Map.entry("delivery.article-unknown", "article"),
            Map.entry("delivery.article-number-too-long", "article"),
            Map.entry("delivery.description-missing", "material"),
            Map.entry("delivery.description-too-long", "material"),
            Map.entry("delivery.quantity-invalid", "quantity"),
            Map.entry("delivery.unit-missing", "unit"),
            Map.entry("stock.text-too-long", "material"),
            Map.entry("delivery.unit-too-long", "unit"),
            Map.entry("delivery.serial-too-long", "serials"),
            Map.entry("delivery.serial-twice", "serials"),
            Map.entry("delivery.serial-limit", "serials"),
            Map.entry("delivery.too-many-serials", "serials"));

    private final DeliveryNoteService notes;
    private final ArticleService articles;
    private final StockService stock;

    DeliveryFlow(DeliveryNoteService notes, ArticleService articles, StockService stock) {
        this.notes = notes;
        this.articles = articles;
        this.stock = stock;
    }

    Reply materialForm(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        me.require(Permission.RECORD_MATERIAL);
        return Reply.of(form(me, ticket, inputs.id(ENTRY_ID), say));
    }

    Reply recordMaterial(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        Optional<UUID> entry = inputs.id(ENTRY_ID);
        FormView form = form(me, ticket, entry, say).withValues(inputs.asMap());
        String token = inputs.id(Actions.FORM_TOKEN).map(UUID::toString).orElseGet(() -> UUID.randomUUID()
                .toString());
        String source = entry.map(id -> "time:" + id + ":" + token).orElse("form:" + token);
        if (inputs.flag("toBackOffice", false)) {
            StockRequest handed =
                    Forms.refusingAt(form, FIELDS, () -> stock.hand(ticket.id(), material(inputs), "", me));
            return Reply.of(TextView.success(say.text(
                    "stock.handed-to-back-office",
                    StockService.describe(handed.material(), say.language()),
                    ticket.number().toString())));
        }
        DeliveryNote draft = Forms.refusingAt(
                form,
                FIELDS,
                () -> notes.recordMaterial(new RecordMaterial(ticket.id(), source, List.of(material(inputs))), me));
        Map<String, String> again =
                new HashMap<>(Map.of(Actions.TICKET_ID, ticket.id().toString()));
        entry.ifPresent(id -> again.put(ENTRY_ID, id.toString()));
        return Reply.of(
                TextView.success(say.text(
                        "delivery.material-recorded",
                        ticket.number().toString(),
                        Formats.date(draft.day(), say.language()))),
                view(
                        me,
                        ticket,
                        draft,
                        say,
                        List.of(new ButtonView(
                                say.text("button.material-more"), DeliveryFeature.MATERIAL_OPEN, again))));
    }

    /** A note of the ticket by its id; without one, the draft of today for sales, the latest note for the others. */
    Reply show(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        Optional<UUID> id = inputs.id(NOTE_ID);
        if (id.isPresent()) {
            return Reply.of(view(me, ticket, notes.get(ticket.id(), new DeliveryNoteId(id.get()), me), say, List.of()));
        }
        if (me.may(Permission.DELIVERY_NOTES)) {
            return Reply.of(view(me, ticket, notes.draft(ticket.id(), me), say, List.of()));
        }
        List<DeliveryNote> all = notes.ofTicket(ticket.id(), me);
        if (all.isEmpty()) {
            return Reply.of(
                    TextView.info(say.text("delivery.none", ticket.number().toString())));
        }
        return Reply.of(view(me, ticket, all.get(all.size() - 1), say, List.of()));
    }

    Reply issue(StaffMember me, Ticket ticket, Inputs inputs, Say say) {
        DeliveryNote issued = notes.issue(ticket.id(), noteId(inputs), me);
        return Reply.of(
                TextView.success(say.text(
                        "delivery.issued", title(issued, say), ticket.number().toString())),
                view(me, ticket, issued, say, List.of()));
    }

    Reply ask(StaffMember me, Ticket ticket, Say say) {
        StaffMember asked = notes.askForNote(ticket.id(), me);
        return Reply.of(TextView.success(
                say.text("delivery.asked", asked.name(), ticket.number().toString())));
    }

    DeliveryNoteView view(StaffMember me, Ticket ticket, DeliveryNote note, Say say, List<ButtonView> more) {
        List<DeliveryNoteView.Fact> facts = new ArrayList<>();
        facts.add(
                new DeliveryNoteView.Fact(say.text("delivery.fact.ticket"), ticket.number() + " " + ticket.subject()));
        facts.add(new DeliveryNoteView.Fact(say.text("delivery.fact.status"), status(note, say)));
        note.orderNumber()
                .ifPresent(order -> facts.add(new DeliveryNoteView.Fact(say.text("delivery.fact.order"), order)));
        facts.add(new DeliveryNoteView.Fact(
                say.text("delivery.fact.address"),
                note.deliveryAddress().isEmpty() ? say.text("delivery.no-address") : note.deliveryAddress()));
        note.receipt()
                .ifPresent(receipt -> facts.add(new DeliveryNoteView.Fact(
                        say.text("delivery.fact.received"),
                        receipt.receivedBy() + ", " + Formats.date(receipt.on(), say.language()))));
        List<DeliveryNoteView.Line> lines = new ArrayList<>();
        List<DeliveryLine> all = note.lines();
        for (int i = 0; i < all.size(); i++) {
            DeliveryLine line = all.get(i);
            List<String> detail = new ArrayList<>();
            if (!line.articleNumber().isEmpty()) {
                detail.add(say.text("delivery.article-number", line.articleNumber()));
            }
            if (!line.serialNumbers().isEmpty()) {
                detail.add(say.text("delivery.serials", String.join(", ", line.serialNumbers())));
            }
            lines.add(new DeliveryNoteView.Line(
                    (i + 1) + ".",
                    Formats.quantity(line.quantity(), say.language()) + " " + line.unit(),
                    line.description(),
                    String.join(" · ", detail),
                    line.extra() ? say.text("delivery.extra") : ""));
        }
        List<ButtonView> buttons = new ArrayList<>(more);
        Map<String, String> data = Map.of(
                Actions.TICKET_ID, ticket.id().toString(), NOTE_ID, note.id().toString());
        if (note.status() == DeliveryNote.Status.DRAFT && me.may(Permission.DELIVERY_NOTES)) {
            buttons.add(new ButtonView(say.text("button.delivery-issue"), DeliveryFeature.ISSUE, data));
        }
        if (note.status() == DeliveryNote.Status.DRAFT && more.isEmpty() && me.may(Permission.RECORD_MATERIAL)) {
            buttons.add(new ButtonView(
                    say.text("button.material"),
                    DeliveryFeature.MATERIAL_OPEN,
                    Map.of(Actions.TICKET_ID, ticket.id().toString())));
        }
        return new DeliveryNoteView(title(note, say), facts, lines, say.text("delivery.empty"), buttons);
    }

    static String title(DeliveryNote note, Say say) {
        String kind = say.text(note.kind() == DeliveryNote.Kind.RETURN ? "delivery.kind.return" : "delivery.kind.note");
        return note.number()
                .map(number -> kind + " " + number)
                .orElseGet(() -> say.text("delivery.draft-title", kind, Formats.date(note.day(), say.language())));
    }

    static String status(DeliveryNote note, Say say) {
        return say.text("enum.DeliveryNoteStatus." + note.status().name());
    }

    private FormView form(StaffMember me, Ticket ticket, Optional<UUID> entry, Say say) {
        List<FormView.Option> choices = new ArrayList<>();
        choices.add(new FormView.Option("", say.text("field.article.none")));
        for (Article article : articles.first(me)) {
            choices.add(new FormView.Option(
                    article.number(), article.number() + " · " + article.name() + " (" + article.unit() + ")"));
        }
        Map<String, String> hidden =
                new HashMap<>(Map.of(Actions.TICKET_ID, ticket.id().toString()));
        entry.ifPresent(id -> hidden.put(ENTRY_ID, id.toString()));
        return new FormView(
                DeliveryFeature.MATERIAL,
                say.text("form.material.title", ticket.number().toString(), ticket.subject()),
                List.of(
                        say.choice("article", "", false, choices),
                        say.field("material", FormView.Kind.TEXT, "", false),
                        say.field("quantity", FormView.Kind.TEXT, "1", true),
                        say.field("unit", FormView.Kind.TEXT, "", false),
                        say.field("serials", FormView.Kind.MULTILINE, "", false),
                        say.field("toBackOffice", FormView.Kind.TOGGLE, "false", false)),
                hidden,
                say.text("button.material-add"),
                "");
    }

    private static Material material(Inputs inputs) {
        return new Material(
                inputs.text("article"),
                inputs.text("material"),
                quantity(inputs.text("quantity")),
                inputs.text("unit"),
                Arrays.asList(inputs.text("serials").split("\\R")));
    }

    /** A quantity as people type it: {@code 2}, {@code 2,5} or {@code 2.5}. */
    private static BigDecimal quantity(String typed) {
        String text = typed.strip().replace(',', '.');
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new DomainException("delivery.quantity-invalid", typed.strip());
        }
    }

    private static DeliveryNoteId noteId(Inputs inputs) {
        return inputs.id(NOTE_ID)
                .map(DeliveryNoteId::new)
                .orElseThrow(() -> new DomainException("delivery.not-found", ""));
    }
}
