package de.servicebot.bot.cards;

import de.servicebot.bot.conversation.ChecklistView;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.HelpView;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.TicketListView;
import de.servicebot.bot.conversation.TicketView;
import de.servicebot.bot.conversation.TimeSheetView;
import de.servicebot.bot.conversation.View;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a view into an Adaptive Card: the view's template ({@code cards/<name>.json}) expanded with the view as data.
 * Templates are read and checked once, when the renderer is built, so a broken template stops the start.
 */
public final class CardRenderer {

    /** The template of each kind of view. */
    public static final Map<Class<? extends View>, String> TEMPLATES = Map.of(
            TextView.class, "text",
            HelpView.class, "help",
            TicketView.class, "ticket",
            TicketListView.class, "ticket-list",
            FormView.class, "form",
            TimeSheetView.class, "time-sheet",
            ChecklistView.class, "checklist");

    private final JsonMapper json = JsonMapper.builder().build();
    private final CardTemplateEngine engine = new CardTemplateEngine();
    private final Map<String, JsonNode> templates = new HashMap<>();

    public CardRenderer() {
        for (String name : TEMPLATES.values()) {
            JsonNode template = read(name);
            engine.check(template);
            templates.put(name, template);
        }
    }

    public JsonNode render(View view) {
        return engine.expand(templates.get(TEMPLATES.get(view.getClass())), data(view));
    }

    public List<JsonNode> render(List<View> views) {
        return views.stream().map(this::render).toList();
    }

    /**
     * Several views as one card, for channels that answer with one card (Teams replaces the pressed card with it):
     * the bodies one below the other, separated, and the buttons of the last view that has any.
     */
    public JsonNode renderCombined(List<View> views) {
        List<JsonNode> rendered = render(views);
        if (rendered.isEmpty()) {
            throw new TemplateException("Nothing to render");
        }
        ObjectNode combined = (ObjectNode) rendered.get(0).deepCopy();
        ArrayNode body = (ArrayNode) combined.get("body");
        JsonNode actions = combined.path("actions");
        for (JsonNode card : rendered.subList(1, rendered.size())) {
            body.addObject()
                    .put("type", "Container")
                    .put("separator", true)
                    .set("items", card.path("body").deepCopy());
            if (!card.path("actions").isEmpty()) {
                actions = card.get("actions");
            }
        }
        combined.remove("actions");
        if (!actions.isEmpty()) {
            combined.set("actions", actions.deepCopy());
        }
        return combined;
    }

    /** The data a view gives its template: the view record as JSON. */
    public JsonNode data(View view) {
        return json.valueToTree(view);
    }

    /** The template itself, e.g. for running it through another engine. */
    public JsonNode template(String name) {
        return templates.get(name).deepCopy();
    }

    private JsonNode read(String name) {
        try (InputStream in = CardRenderer.class.getResourceAsStream("/cards/" + name + ".json")) {
            if (in == null) {
                throw new TemplateException("Card template missing: cards/" + name + ".json");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
