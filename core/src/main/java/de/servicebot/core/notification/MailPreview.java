package de.servicebot.core.notification;

/**
 * Renders a notification's e-mail as its recipient will read it, without sending it: the forms show it before a
 * person ticks the mail.
 */
public interface MailPreview {

    PreviewedMail preview(Notification notification);

    /** The subject and the plain text of one e-mail. */
    record PreviewedMail(String subject, String text) {}
}
