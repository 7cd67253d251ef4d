package de.servicebot.bot.outbox;

import de.servicebot.bot.conversation.ButtonView;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.View;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A notification as a chat message, in the recipient's language, with no code per template: the text
 * {@code notification.<template>} takes the template's required values as its arguments, in their order; each
 * optional value that is present adds the sentence {@code notification.<template>.<value>} with it as argument; a
 * required one that says {@code true} adds its sentence with the optional values as arguments (e.g. "Rückruf erwünscht:
 * <Telefon>"). A template without a chat text is for e-mail only.
 */
final class NotificationViews {

    /** Good news, shown as such. */
    private static final Set<NotificationTemplate> SUCCESS = Set.of(NotificationTemplate.TICKET_RESOLVED);

    private final Messages messages;
    private final List<NotificationButton> buttons;

    NotificationViews(Messages messages, List<NotificationButton> buttons) {
        this.messages = messages;
        this.buttons = List.copyOf(buttons);
    }

    View of(Notification notification) {
        Map<String, String> values = notification.values();
        NotificationTemplate template = notification.template();
        String base = "notification." + template.fileName();
        if (messages.find(notification.language(), base).isEmpty()) {
            throw new IllegalStateException(template + " is not sent in chat");
        }
        StringBuilder text = new StringBuilder(messages.text(
                notification.language(),
                base,
                template.required().stream().map(values::get).toArray()));
        Object[] optional = template.optional().stream()
                .map(name -> values.getOrDefault(name, ""))
                .toArray();
        for (String name : template.required()) {
            if ("true".equals(values.get(name))) {
                sentence(text, notification, base + "." + name, optional);
            }
        }
        for (String name : template.optional()) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                sentence(text, notification, base + "." + name, value);
            }
        }
        TextView view = SUCCESS.contains(template) ? TextView.success(text.toString()) : TextView.info(text.toString());
        return view.withButtons(buttons.stream()
                .filter(button -> button.template() == template)
                .filter(button -> button.dataKeys().stream().allMatch(values::containsKey))
                .map(button -> new ButtonView(
                        messages.text(notification.language(), button.label()),
                        button.actionId(),
                        button.dataKeys().stream().collect(java.util.stream.Collectors.toMap(key -> key, values::get))))
                .toList());
    }

    private void sentence(StringBuilder text, Notification notification, String key, Object... args) {
        if (messages.find(notification.language(), key).isPresent()) {
            text.append(' ').append(messages.text(notification.language(), key, args));
        }
    }
}
