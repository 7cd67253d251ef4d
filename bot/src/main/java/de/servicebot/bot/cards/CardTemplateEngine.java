package de.servicebot.bot.cards;

import de.servicebot.bot.cards.Expression.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Expands an Adaptive Card template with data, as the reference engine ({@code adaptivecards-templating}) does for
 * the subset our templates use:
 *
 * <ul>
 *   <li>{@code ${expression}} in any string; a string that is one expression keeps the value's JSON type; an
 *       expression that is undefined stays as written;
 *   <li>{@code $data} on an object sets its data; an array repeats the object once per element, with {@code $index};
 *   <li>{@code $when} drops the object unless its expression is true;
 *   <li>{@code $root} is the data the expansion started with.
 * </ul>
 *
 * Anything else in an expression is refused with a {@link TemplateException}.
 */
public final class CardTemplateEngine {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^{}]*)}");
    private static final String DATA = "$data";
    private static final String WHEN = "$when";

    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

    public JsonNode expand(JsonNode template, JsonNode data) {
        List<JsonNode> expanded = expand(template, new Scope(data, data, MissingNode.getInstance()));
        if (expanded.size() != 1) {
            throw new TemplateException("The template's root must expand to exactly one element");
        }
        return expanded.get(0);
    }

    /** Reads every expression of the template, so that a template with unsupported syntax fails on loading. */
    public void check(JsonNode template) {
        if (template.isString()) {
            Matcher matcher = EXPRESSION.matcher(template.stringValue());
            while (matcher.find()) {
                expression(matcher.group(1));
            }
        }
        template.values().forEach(this::check);
    }

    private List<JsonNode> expand(JsonNode node, Scope scope) {
        if (node.isObject()) {
            return expandObject(node, scope);
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.values().forEach(element -> expand(element, scope).forEach(array::add));
            return List.of(array);
        }
        if (node.isString()) {
            return List.of(interpolate(node.stringValue(), scope));
        }
        return List.of(node.deepCopy());
    }

    private List<JsonNode> expandObject(JsonNode node, Scope scope) {
        if (!node.has(DATA)) {
            return fill(node, scope);
        }
        JsonNode data = dataOf(node.get(DATA), scope);
        if (!data.isArray()) {
            return fill(node, scope.with(data, scope.index()));
        }
        List<JsonNode> repeated = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            repeated.addAll(fill(node, scope.with(data.get(i), IntNode.valueOf(i))));
        }
        return repeated;
    }

    private JsonNode dataOf(JsonNode value, Scope scope) {
        List<JsonNode> expanded = expand(value, scope);
        return expanded.get(0);
    }

    private List<JsonNode> fill(JsonNode node, Scope scope) {
        if (node.has(WHEN) && !Expression.truthy(whenValue(node.get(WHEN), scope))) {
            return List.of();
        }
        ObjectNode filled = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            if (name.equals(DATA) || name.equals(WHEN)) {
                continue;
            }
            List<JsonNode> value = expand(property.getValue(), scope);
            if (value.size() > 1) {
                throw new TemplateException("An array $data under \"" + name + "\" is only supported inside an array");
            }
            if (!value.isEmpty()) {
                filled.set(name, value.get(0));
            }
        }
        return List.of(filled);
    }

    private JsonNode whenValue(JsonNode when, Scope scope) {
        if (!when.isString()) {
            throw new TemplateException("$when must be an expression, got " + when);
        }
        return interpolate(when.stringValue(), scope);
    }

    private JsonNode interpolate(String text, Scope scope) {
        Matcher matcher = EXPRESSION.matcher(text);
        if (matcher.matches()) {
            JsonNode value = expression(matcher.group(1)).evaluate(scope);
            return value.isMissingNode() ? StringNode.valueOf(text) : value.deepCopy();
        }
        matcher.reset();
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            JsonNode value = expression(matcher.group(1)).evaluate(scope);
            String replacement = value.isMissingNode() ? matcher.group() : Expression.asText(value);
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return StringNode.valueOf(result.toString());
    }

    private Expression expression(String text) {
        return parsed.computeIfAbsent(text, Expression::parse);
    }
}
