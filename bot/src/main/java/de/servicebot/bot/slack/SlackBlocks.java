package de.servicebot.bot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
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
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.FormView;
import java.util.ArrayList;
import java.util.HashMap;
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
    private static final int SECTION_TEXT = 3000;

    private final Map<Class<?>, SlackViewBlocks<?>> kinds = new HashMap<>();

    /** Slack takes at most 50 blocks in a message; a longer answer is cut, saying so. */
    static final int MAX_BLOCKS = 50;

    /** With the blocks of each kind of view; two for one kind stop the start. */
    SlackBlocks(List<? extends SlackViewBlocks<?>> kinds) {
        for (SlackViewBlocks<?> kind : kinds) {
            if (this.kinds.putIfAbsent(kind.kind(), kind) != null) {
                throw new IllegalStateException(
                        "Two Slack renderings of " + kind.kind().getSimpleName());
            }
        }
    }

    /** Whether a kind of view has its own blocks. */
    boolean renders(Class<?> kind) {
        return kinds.containsKey(kind);
    }

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
        return views.get(0).summary();
    }

    View modal(FormView form) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!form.error().isBlank()) {
            blocks.add(section(s -> s.text(markdownText(":warning: " + escape(form.error())))));
        }
        for (FormView.Field field : form.fields()) {
            if (!field.input()) {
                blocks.add(section(s -> s.text(
                        markdownText(cut("*" + escape(field.label()) + "*\n" + escape(field.value()), SECTION_TEXT)))));
                continue;
            }
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
        if (!form.error().isBlank()) {
            form.fields().stream()
                    .filter(FormView.Field::input)
                    .findFirst()
                    .ifPresent(first -> errors.putIfAbsent(first.name(), form.error()));
        }
        return errors;
    }

    /** The blocks of one view; a kind of view nobody registered blocks for is shown as its summary. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<LayoutBlock> blocks(de.servicebot.bot.conversation.View view) {
        SlackViewBlocks kind = kinds.get(view.getClass());
        if (kind == null) {
            return List.of(section(s -> s.text(markdownText(escape(view.summary())))));
        }
        return kind.blocks(view);
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
            case INFO -> throw new IllegalArgumentException("Not an input: " + name);
        };
    }

    static List<BlockElement> buttons(List<ButtonView> buttons) {
        return buttons.stream().map(b -> (BlockElement) button(b)).toList();
    }

    static BlockElement button(ButtonView button) {
        return com.slack.api.model.block.element.BlockElements.button(b -> b.actionId(button.action())
                .text(plainText(cut(button.label(), 75)))
                .value(JSON.writeValueAsString(button.data())));
    }

    /** Slack's markup characters as text: {@code &}, {@code <} and {@code >}. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
