package de.servicebot.core.template;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{Kunde}}}-style placeholders in a text. Only the placeholders given a value are replaced; anything
 * else between braces stays as typed, so that a half-filled template can be shown, edited, and filled later.
 */
public final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

    private Placeholders() {}

    public static String fill(String text, Map<Placeholder, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String replacement = Placeholder.byToken(matcher.group(1))
                    .filter(values::containsKey)
                    .map(values::get)
                    .orElse(matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
