package de.servicebot.adapter.mail;

import de.servicebot.adapter.mail.MailTemplates.RenderedMail;
import de.servicebot.core.notification.Mailer;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.shared.Language;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends notifications as multipart e-mails (plain text and HTML). The notification's key becomes the Message-ID,
 * so a mail that is sent again after a crash can be recognised as the same mail by the receiving side.
 */
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);
    private static final Session SESSION = Session.getInstance(new Properties());

    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final MailSettings settings;

    SmtpMailer(JavaMailSender sender, MailTemplates templates, MailSettings settings) {
        this.sender = sender;
        this.templates = templates;
        this.settings = settings;
    }

    @Override
    public void send(
            String key,
            Recipient.Mail to,
            NotificationTemplate template,
            Language language,
            Map<String, String> values) {
        RenderedMail mail = templates.render(template, language, values, settings.senderName());
        MimeMessage message = new MessageWithId(messageId(key));
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from().value(), settings.senderName());
            helper.setTo(new InternetAddress(to.address().value(), to.name(), "UTF-8"));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Mail " + key + " could not be prepared", e);
        }
        sender.send(message);
        log.info("Mail {} ({}) sent", key, template.fileName());
    }

    /** A Message-ID from the key: {@code <key@servicebot>}, with characters a Message-ID may not hold replaced. */
    static String messageId(String key) {
        return "<" + key.replaceAll("[^A-Za-z0-9._-]", ".") + "@servicebot>";
    }

    /** JavaMail replaces the Message-ID on every save; this one keeps ours. */
    private static final class MessageWithId extends MimeMessage {

        private final String id;

        MessageWithId(String id) {
            super(SESSION);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
