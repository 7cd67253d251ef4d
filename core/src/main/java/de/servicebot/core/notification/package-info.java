/**
 * Messages to people outside the current conversation: the customer's receipt, the assignee told about a call.
 * Use cases hand a {@link de.servicebot.core.notification.Notification} to the {@link
 * de.servicebot.core.notification.Notifier} inside their transaction; it is delivered only after the change is
 * stored, retried until it gets through, and carries a key so that a retry never shows a person the same message
 * twice.
 */
package de.servicebot.core.notification;
