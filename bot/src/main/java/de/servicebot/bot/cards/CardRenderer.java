package de.servicebot.bot.cards;

import de.servicebot.bot.conversation.View;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a view into an Adaptive Card: the view's template ({@code cards/<name>.json}, named by
 * {@link View#template()}) expanded with the view as data. Every template on the class path is read and checked once,
 * when the renderer is built, so a broken template stops the start.
 */
public final class CardRenderer {

    private static final String LOCATION = "classpath*:cards/*.json";

    private final JsonMapper json = JsonMapper.builder().build();
    private final CardTemplateEngine engine = new CardTemplateEngine();
    private final Map<String, JsonNode> templates = new TreeMap<>();

    public CardRenderer() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = resource.getFilename()
                        .substring(0, resource.getFilename().length() - ".json".length());
                JsonNode template = read(resource);
                engine.check(template);
                if (templates.putIfAbsent(name, template) != null) {
                    throw new TemplateException("Two card templates named " + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode render(View view) {
        JsonNode template = templates.get(view.template());
        if (template == null) {
            throw new TemplateException("Card template missing: cards/" + view.template() + ".json");
        }
        return engine.expand(template, data(view));
    }

    /** The names of the templates it has. */
    public Set<String> templateNames() {
        return Collections.unmodifiableSet(templates.keySet());
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
        JsonNode template = templates.get(name);
        if (template == null) {
            throw new TemplateException("Card template missing: cards/" + name + ".json");
        }
        return template.deepCopy();
    }

    private JsonNode read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return json.readTree(in);
        }
    }
}
