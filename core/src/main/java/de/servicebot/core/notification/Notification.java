package de.servicebot.core.notification;

import de.servicebot.core.shared.Language;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One message to one recipient. The {@code key} identifies it for good: queuing the same key twice sends once, and
 * a channel that can de-duplicate (an e-mail's Message-ID, a chat message id) is given it.
 */
public record Notification(
        String key, Recipient recipient, NotificationTemplate template, Language language, Map<String, String> values) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9:._\\-]{1,200}");

    public Notification {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("notification key must match " + KEY + ": " + key);
        }
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(language, "language");
        values = Map.copyOf(values);
        if (!values.keySet().containsAll(template.requiredValues())) {
            throw new IllegalArgumentException(
                    template + " needs " + template.requiredValues() + ", got " + values.keySet());
        }
        Set<String> known = new HashSet<>(template.requiredValues());
        known.addAll(template.optionalValues());
        if (!known.containsAll(values.keySet())) {
            throw new IllegalArgumentException(template + " knows only " + known + ", got " + values.keySet());
        }
    }
}
