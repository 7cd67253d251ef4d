package de.servicebot.adapter.mail;

import de.servicebot.core.notification.Mailer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Builds the {@link Mailer} on Spring Boot's {@link JavaMailSender} ({@code spring.mail.*} settings). */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {

    @Bean
    Mailer mailer(JavaMailSender sender, MailSettings settings) {
        return new SmtpMailer(sender, MailTemplates.load(), settings);
    }
}
