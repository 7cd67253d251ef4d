package de.servicebot.adapter.mail;

import de.servicebot.adapter.mail.MailTemplates.RenderedMail;
import de.servicebot.core.notification.MailPreview;
import de.servicebot.core.notification.Notification;

/** Renders a notification's e-mail with the same templates and sender as {@link SmtpMailer} sends it. */
final class TemplateMailPreview implements MailPreview {

    private final MailTemplates templates;
    private final MailSettings settings;

    TemplateMailPreview(MailTemplates templates, MailSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    @Override
    public PreviewedMail preview(Notification notification) {
        RenderedMail mail = templates.render(
                notification.template(), notification.language(), notification.values(), settings.senderName());
        return new PreviewedMail(mail.subject(), mail.text());
    }
}
