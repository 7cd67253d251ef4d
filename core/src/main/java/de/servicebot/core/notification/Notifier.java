package de.servicebot.core.notification;

/**
 * Queues notifications. Called inside a use case's transaction: what is queued is delivered after the transaction
 * commits, and never if it rolls back. Delivery is retried with back-off until it gets through.
 */
public interface Notifier {

    void send(Notification notification);
}
