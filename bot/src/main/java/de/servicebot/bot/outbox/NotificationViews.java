package de.servicebot.bot.outbox;

import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.View;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import java.util.Map;

/** A notification as a chat message, in the recipient's language. */
final class NotificationViews {

    private final Messages messages;

    NotificationViews(Messages messages) {
        this.messages = messages;
    }

    View of(Notification notification) {
        Map<String, String> v = notification.values();
        if (notification.template() == NotificationTemplate.TICKET_ASSIGNED) {
            String text = messages.text(
                    notification.language(),
                    "notification.ticket-assigned",
                    v.get("assignedBy"),
                    v.get("ticketNumber"),
                    v.get("subject"),
                    v.get("customerName"));
            if (v.containsKey("orderNumber")) {
                text += " " + messages.text(notification.language(), "notification.from-order", v.get("orderNumber"));
            }
            if (v.containsKey("appointment")) {
                text += " " + messages.text(notification.language(), "notification.appointment", v.get("appointment"));
            }
            if (v.containsKey("note")) {
                text += " " + messages.text(notification.language(), "notification.note", v.get("note"));
            }
            if (v.containsKey("checklistPoints")) {
                text += " "
                        + messages.text(
                                notification.language(), "notification.checklist-points", v.get("checklistPoints"));
            }
            return TextView.info(text);
        }
        if (notification.template() == NotificationTemplate.TICKET_REASSIGNED) {
            return TextView.info(messages.text(
                    notification.language(),
                    "notification.ticket-reassigned",
                    v.get("assignedBy"),
                    v.get("ticketNumber"),
                    v.get("subject"),
                    v.get("customerName"),
                    v.get("assignee")));
        }
        if (notification.template() == NotificationTemplate.TICKET_RESOLVED) {
            return TextView.success(messages.text(
                    notification.language(),
                    "notification.ticket-resolved",
                    v.get("resolvedBy"),
                    v.get("ticketNumber"),
                    v.get("subject"),
                    v.get("customerName"),
                    v.get("resolution")));
        }
        if (notification.template() == NotificationTemplate.TICKET_REOPENED) {
            return TextView.info(messages.text(
                    notification.language(),
                    "notification.ticket-reopened",
                    v.get("reopenedBy"),
                    v.get("ticketNumber"),
                    v.get("subject"),
                    v.get("reason")));
        }
        if (notification.template() != NotificationTemplate.CALL_LOGGED) {
            throw new IllegalStateException(notification.template() + " is not sent in chat");
        }
        String text = messages.text(
                notification.language(),
                "notification.call-logged",
                v.get("loggedBy"),
                v.get("ticketNumber"),
                v.get("subject"),
                v.get("callerName"),
                v.get("summary"));
        if (Boolean.parseBoolean(v.get("callbackWanted"))) {
            text += " "
                    + messages.text(
                            notification.language(), "notification.callback-wanted", v.getOrDefault("callerPhone", ""));
        }
        return TextView.info(text);
    }
}
