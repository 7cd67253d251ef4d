package de.servicebot.adapter.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Adaptive Card JSON to and from the SDK's types. */
final class Cards {

    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    private Cards() {}

    /** The card as an attachment to send through the connector. */
    static Attachment attachment(String card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(escapeDottedKeys(tree(card)));
        return attachment;
    }

    /**
     * The SDK's request serializer reads a dotted key such as {@code choices.data} (a type-ahead's query) as a path to
     * flatten and fails on it; a key whose dots are escaped it writes back with plain dots. It escapes keys itself only
     * in maps, which its request validator cannot walk on Java 17, so the card stays a tree and its keys are escaped
     * here.
     */
    private static JsonNode escapeDottedKeys(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode escaped = object.objectNode();
            object.fields()
                    .forEachRemaining(field ->
                            escaped.set(field.getKey().replace(".", "\\."), escapeDottedKeys(field.getValue())));
            return escaped;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode escaped = array.arrayNode();
            array.forEach(item -> escaped.add(escapeDottedKeys(item)));
            return escaped;
        }
        return node;
    }

    static JsonNode tree(String json) {
        try {
            return Serialization.jsonToTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: a card or a stored reference", e);
        }
    }

    /** The inputs and data of a card action as text values, as the conversation reads them. */
    static Map<String, String> values(Object data) {
        Map<String, String> values = new LinkedHashMap<>();
        if (data == null) {
            return values;
        }
        JsonNode node = Serialization.objectToTree(data);
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull()) {
                values.put(field.getKey(), value.asText());
            }
        });
        return values;
    }
}
