package de.servicebot.bot.outbox;

import de.servicebot.core.notification.NotificationTemplate;
import java.util.List;

/**
 * A button a feature puts under its chat notifications of one template, e.g. "Gebucht" under a hand-off to the back
 * office: a bean of the feature. The button carries the notification's values named in {@code dataKeys}.
 *
 * @param label the message key of the button's text
 */
public record NotificationButton(NotificationTemplate template, String label, String actionId, List<String> dataKeys) {

    public NotificationButton {
        dataKeys = List.copyOf(dataKeys);
    }
}
