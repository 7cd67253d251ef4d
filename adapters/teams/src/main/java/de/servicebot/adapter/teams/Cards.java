package de.servicebot.adapter.teams;

import com.fasterxml.jackson.databind.JsonNode;
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

    static Attachment attachment(String card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(tree(card));
        return attachment;
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
