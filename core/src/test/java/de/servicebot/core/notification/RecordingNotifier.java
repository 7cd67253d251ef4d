package de.servicebot.core.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what was queued, so a test can see who would be told what. */
public final class RecordingNotifier implements Notifier {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Notification notification) {
        sent.add(notification);
    }

    public List<Notification> sent() {
        return List.copyOf(sent);
    }

    /** What was queued from one template, e.g. only the customers' receipts. */
    public List<Notification> sentAs(NotificationTemplate template) {
        return sent.stream().filter(n -> n.template() == template).toList();
    }

    public List<Notification> sentTo(Recipient recipient) {
        return sent.stream().filter(n -> n.recipient().equals(recipient)).toList();
    }
}
