package de.servicebot.adapter.mail;

import de.servicebot.core.notification.MailPreview;
import de.servicebot.core.notification.Mailer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Builds the {@link Mailer} on Spring Boot's {@link JavaMailSender} ({@code spring.mail.*} settings) and the
 * {@link MailPreview} on the same templates.
 */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {

    private static final MailTemplates TEMPLATES = MailTemplates.load();

    @Bean
    Mailer mailer(JavaMailSender sender, MailSettings settings) {
        return new SmtpMailer(sender, TEMPLATES, settings);
    }

    @Bean
    MailPreview mailPreview(MailSettings settings) {
        return preview(settings);
    }

    /** The preview outside Spring, e.g. for tests that build the conversation by hand. */
    public static MailPreview preview(MailSettings settings) {
        return new TemplateMailPreview(TEMPLATES, settings);
    }
}
