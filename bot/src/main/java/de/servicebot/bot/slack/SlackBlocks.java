package de.servicebot.bot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.externalSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.timePicker;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.ChecklistView;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.HelpView;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketListView;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.bot.conversation.TimeSheetView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation's views as Block Kit: messages as blocks, forms as modals (callback id = the form's action, private
 * metadata = its hidden inputs, block id and action id = the field's name, so errors find their field). User text is
 * escaped for Slack's markup.
 */
final class SlackBlocks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TITLE = 24;

    /** Slack takes at most 50 blocks in a message; a longer answer is cut, saying so. */
    static final int MAX_BLOCKS = 50;

    List<LayoutBlock> message(List<de.servicebot.bot.conversation.View> views) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (de.servicebot.bot.conversation.View view : views) {
            if (!blocks.isEmpty()) {
                blocks.add(divider());
            }
            blocks.addAll(blocks(view));
        }
        if (blocks.size() > MAX_BLOCKS) {
            List<LayoutBlock> cut = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 1));
            cut.add(context(c -> c.elements(List.of(markdownText("…")))));
            return cut;
        }
        return blocks;
    }

    /** The text Slack shows in notifications and where blocks cannot be shown. */
    String fallback(List<de.servicebot.bot.conversation.View> views) {
        de.servicebot.bot.conversation.View first = views.get(0);
        if (first instanceof TextView text) {
            return text.text();
        }
        if (first instanceof TicketView ticket) {
            return ticket.number() + ": " + ticket.subject();
        }
        if (first instanceof TicketListView list) {
            return list.title();
        }
        if (first instanceof TimeSheetView sheet) {
            return sheet.title();
        }
        if (first instanceof HelpView help) {
            return help.title();
        }
        if (first instanceof ChecklistView checklist) {
            return checklist.title() + " " + checklist.progress();
        }
        return ((FormView) first).title();
    }

    View modal(FormView form) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!form.error().isBlank()) {
            blocks.add(section(s -> s.text(markdownText(":warning: " + escape(form.error())))));
        }
        for (FormView.Field field : form.fields()) {
            blocks.add(input(i -> i.blockId(field.name())
                    .label(plainText(cut(field.label(), 2000)))
                    .optional(!field.required())
                    .hint(field.hint().isBlank() ? null : plainText(field.hint()))
                    .element(element(field))));
        }
        return view(v -> v.type("modal")
                .callbackId(form.action())
                .privateMetadata(JSON.writeValueAsString(form.hidden()))
                .title(viewTitle(t -> t.type("plain_text").text(cut(form.title(), TITLE))))
                .submit(viewSubmit(s -> s.type("plain_text").text(cut(form.submitLabel(), TITLE))))
                .close(viewClose(c -> c.type("plain_text").text("✕")))
                .blocks(blocks));
    }

    /** A modal that only says something, e.g. why what was sent in it was refused. */
    View notice(String text) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Servicebot")))
                .close(viewClose(c -> c.type("plain_text").text("✕")))
                .blocks(List.of(section(s -> s.text(markdownText(":warning: " + escape(cut(text, 2900))))))));
    }

    /** The field errors of a refused form, by block id, as {@code response_action: errors} wants them. */
    Map<String, String> errors(FormView form) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        form.fields().stream().filter(f -> !f.error().isBlank()).forEach(f -> errors.put(f.name(), f.error()));
        if (!form.error().isBlank() && !form.fields().isEmpty()) {
            errors.putIfAbsent(form.fields().get(0).name(), form.error());
        }
        return errors;
    }

    private List<LayoutBlock> blocks(de.servicebot.bot.conversation.View view) {
        if (view instanceof TextView text) {
            String icon =
                    switch (text.tone()) {
                        case ERROR -> ":warning: ";
                        case SUCCESS -> ":white_check_mark: ";
                        case INFO -> "";
                    };
            return List.of(section(s -> s.text(markdownText(icon + escape(text.text())))));
        }
        if (view instanceof HelpView help) {
            List<LayoutBlock> blocks = new ArrayList<>();
            blocks.add(header(h -> h.text(plainText(cut(help.title(), 150)))));
            blocks.add(context(c -> c.elements(List.of(markdownText(escape(help.intro()))))));
            for (HelpView.Entry entry : help.entries()) {
                blocks.add(section(s -> s.text(markdownText("*" + escape(entry.command()) + "*  "
                        + escape(entry.description()) + "\n`" + escape(entry.example()) + "`"))));
            }
            return blocks;
        }
        if (view instanceof TicketView ticket) {
            List<LayoutBlock> blocks = new ArrayList<>();
            blocks.add(header(h -> h.text(plainText(cut(ticket.number() + " – " + ticket.subject(), 150)))));
            List<TextObject> facts = ticket.facts().stream()
                    .limit(10)
                    .map(f -> (TextObject) markdownText("*" + escape(f.label()) + "*\n" + escape(f.value())))
                    .toList();
            blocks.add(section(s -> s.fields(facts)));
            if (!ticket.description().isBlank()) {
                blocks.add(section(s -> s.text(markdownText(
                        "*" + escape(ticket.descriptionLabel()) + "*\n" + escape(cut(ticket.description(), 2900))))));
            }
            if (!ticket.buttons().isEmpty()) {
                blocks.add(actions(a -> a.elements(buttons(ticket.buttons()))));
            }
            return blocks;
        }
        if (view instanceof TicketListView list) {
            List<LayoutBlock> blocks = new ArrayList<>();
            blocks.add(header(h -> h.text(plainText(cut(list.title(), 150)))));
            if (list.items().isEmpty()) {
                blocks.add(section(s -> s.text(markdownText(escape(list.emptyText())))));
            }
            for (TicketListView.Item item : list.items()) {
                blocks.add(section(s -> s.text(markdownText("*" + escape(item.number()) + "*  " + escape(item.subject())
                                + "\n" + escape(item.customer()) + " · " + escape(item.status())))
                        .accessory(button(item.open()))));
            }
            return blocks;
        }
        if (view instanceof TimeSheetView sheet) {
            List<LayoutBlock> blocks = new ArrayList<>();
            blocks.add(header(h -> h.text(plainText(cut(sheet.title(), 150)))));
            if (sheet.rows().isEmpty()) {
                blocks.add(section(s -> s.text(markdownText(escape(sheet.emptyText())))));
            }
            for (TimeSheetView.Row row : sheet.rows()) {
                blocks.add(section(s -> s.text(markdownText("*" + escape(row.duration()) + "*  "
                        + escape(row.activity())
                        + "\n" + escape(row.date()) + " · " + escape(row.person()) + " · " + escape(row.billable())
                        + (row.text().isBlank() ? "" : "\n" + escape(row.text()))))));
                if (!row.buttons().isEmpty()) {
                    blocks.add(actions(a -> a.elements(buttons(row.buttons()))));
                }
            }
            blocks.add(section(
                    s -> s.text(markdownText("*" + escape(sheet.totalLabel()) + ": " + escape(sheet.total()) + "*"))));
            if (!sheet.buttons().isEmpty()) {
                blocks.add(actions(a -> a.elements(buttons(sheet.buttons()))));
            }
            return blocks;
        }
        if (view instanceof ChecklistView checklist) {
            return checklist(checklist);
        }
        return List.of(section(s -> s.text(markdownText(escape(((FormView) view).title())))));
    }

    /** A section per point with its tick (or untick) button beside it, the checklist's progress in each header. */
    private static List<LayoutBlock> checklist(ChecklistView checklist) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(cut(checklist.title(), 150)))));
        if (!checklist.progress().isBlank()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("*" + escape(checklist.progress()) + "*")))));
        }
        if (checklist.checklists().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(escape(checklist.emptyText())))));
        }
        for (ChecklistView.Section list : checklist.checklists()) {
            blocks.add(section(s -> s.text(markdownText("*" + escape(list.name()) + "*  " + escape(list.progress())))));
            for (ChecklistView.Point point : list.points()) {
                String text = (point.done() ? ":white_check_mark: " : ":white_large_square: ")
                        + escape(point.number() + " " + point.text())
                        + "\n_" + escape(point.state()) + "_"
                        + (point.details().isBlank() ? "" : "\n" + escape(point.details()));
                blocks.add(section(s -> {
                    s.text(markdownText(cut(text, 3000)));
                    if (!point.buttons().isEmpty()) {
                        s.accessory(button(point.buttons().get(0)));
                    }
                    return s;
                }));
            }
        }
        if (!checklist.buttons().isEmpty()) {
            blocks.add(actions(a -> a.elements(buttons(checklist.buttons()))));
        }
        return blocks;
    }

    private static BlockElement element(FormView.Field field) {
        String name = field.name();
        return switch (field.kind()) {
            case TEXT -> plainTextInput(p -> p.actionId(name).initialValue(blankToNull(field.value())));
            case MULTILINE ->
                plainTextInput(p -> p.actionId(name).multiline(true).initialValue(blankToNull(field.value())));
            case CHOICE -> {
                List<OptionObject> options = field.options().stream()
                        .limit(100)
                        .map(o -> option(plainText(cut(o.label(), 75)), o.value()))
                        .toList();
                OptionObject initial = options.stream()
                        .filter(o -> o.getValue().equals(field.value()))
                        .findFirst()
                        .orElse(null);
                yield staticSelect(s -> s.actionId(name).options(options).initialOption(initial));
            }
            case CUSTOMER_SEARCH -> externalSelect(s -> s.actionId(name).minQueryLength(1));
            case TOGGLE -> {
                OptionObject on = option(plainText(cut(field.label(), 75)), "true");
                yield checkboxes(c -> c.actionId(name)
                        .options(List.of(on))
                        .initialOptions("true".equals(field.value()) ? List.of(on) : null));
            }
            case DATE -> datePicker(d -> d.actionId(name).initialDate(blankToNull(field.value())));
            case TIME -> timePicker(t -> t.actionId(name).initialTime(blankToNull(field.value())));
        };
    }

    private static List<BlockElement> buttons(List<ButtonView> buttons) {
        return buttons.stream().map(b -> (BlockElement) button(b)).toList();
    }

    private static BlockElement button(ButtonView button) {
        return com.slack.api.model.block.element.BlockElements.button(b -> b.actionId(button.action())
                .text(plainText(cut(button.label(), 75)))
                .value(JSON.writeValueAsString(button.data())));
    }

    /** Slack's markup characters as text: {@code &}, {@code <} and {@code >}. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
