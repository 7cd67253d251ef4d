package de.servicebot.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.servicebot.core.notification.MailPreview;
import de.servicebot.core.notification.Notification;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.notification.Recipient;
import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpMailerIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final MailSettings SETTINGS =
            new MailSettings(EmailAddress.of("support@it-service.test"), "IT-Service Müller");
    private static final Recipient.Mail ANNA = new Recipient.Mail(EmailAddress.of("anna@kunde.test"), "Anna Bäcker");

    @Test
    void sendsTheReceiptInGermanAsTextAndHtml() throws Exception {
        mailer(smtp.getSmtp().getPort())
                .send(
                        "ticket-received:abc:1",
                        ANNA,
                        NotificationTemplate.TICKET_RECEIVED,
                        Language.DE,
                        receipt("Do, 27.11.2026, 10:00 Uhr", "Wir bringen einen Ersatzdrucker mit."));

        MimeMessage mail = smtp.getReceivedMessages()[0];
        MailParts parts = MailParts.of(mail);
        assertThat(mail.getSubject())
                .isEqualTo("Ihr Supportauftrag T-2026-00042 ist eingegangen: Drucker druckt nicht");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("IT-Service Müller");
        assertThat(mail.getAllRecipients())
                .extracting(Object::toString)
                .containsExactly("=?UTF-8?Q?Anna_B=C3=A4cker?= <anna@kunde.test>");
        assertThat(parts.text())
                .contains("Guten Tag Anna Bäcker,")
                .contains("Ticketnummer T-2026-00042")
                .contains("Vereinbarter Termin: Do, 27.11.2026, 10:00 Uhr")
                .contains("Wir bringen einen Ersatzdrucker mit.");
        assertThat(parts.html()).contains("<strong>Do, 27.11.2026, 10:00 Uhr</strong>");
        assertThat(mail.getMessageID()).isEqualTo("<ticket-received.abc.1@servicebot>");
    }

    @Test
    void previewsTheSubjectAndTextExactlyAsTheMailArrives() throws Exception {
        Map<String, String> values = receipt("Do, 27.11.2026, 10:00 Uhr", "Wir bringen einen Ersatzdrucker mit.");
        mailer(smtp.getSmtp().getPort()).send("k1", ANNA, NotificationTemplate.TICKET_RECEIVED, Language.DE, values);

        MailPreview.PreviewedMail preview = MailConfiguration.preview(SETTINGS)
                .preview(new Notification("k1", ANNA, NotificationTemplate.TICKET_RECEIVED, Language.DE, values));

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(preview.subject()).isEqualTo(mail.getSubject());
        assertThat(preview.text().strip())
                .isEqualTo(MailParts.of(mail).text().replace("\r\n", "\n").strip());
    }

    @Test
    void sendsTheReceiptInEnglishToAnEnglishSpeakingContact() throws Exception {
        mailer(smtp.getSmtp().getPort())
                .send("k2", ANNA, NotificationTemplate.TICKET_RECEIVED, Language.EN, receipt("Thu 10 am", ""));

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).startsWith("We have received your support request T-2026-00042");
        assertThat(MailParts.of(mail).text()).contains("Dear Anna Bäcker,").contains("Agreed appointment: Thu 10 am");
    }

    @Test
    void leavesOutTheAppointmentWhenNoneWasAgreed() throws Exception {
        mailer(smtp.getSmtp().getPort())
                .send("k3", ANNA, NotificationTemplate.TICKET_RECEIVED, Language.DE, receipt(null, null));

        MailParts parts = MailParts.of(smtp.getReceivedMessages()[0]);
        assertThat(parts.text()).doesNotContain("Termin");
        assertThat(parts.html()).doesNotContain("Termin");
    }

    @Test
    void showsMarkupTypedByUsersAsTextInTheHtmlPart() throws Exception {
        mailer(smtp.getSmtp().getPort())
                .send(
                        "k4",
                        ANNA,
                        NotificationTemplate.TICKET_RECEIVED,
                        Language.DE,
                        receipt(null, "<script>x</script> & Co"));

        MailParts parts = MailParts.of(smtp.getReceivedMessages()[0]);
        assertThat(parts.html())
                .contains("&lt;script&gt;x&lt;/script&gt; &amp; Co")
                .doesNotContain("<script>");
        assertThat(parts.text()).contains("<script>x</script> & Co");
    }

    @Test
    void tellsTheAssigneeAboutACallAndAskedCallback() throws Exception {
        Map<String, String> values = Map.of(
                "ticketNumber", "T-2026-00042",
                "subject", "Drucker",
                "callerName", "Anna Bäcker",
                "callerPhone", "+49 89 1234",
                "summary", "Drucker geht wieder nicht",
                "loggedBy", "Valentin Vertrieb",
                "callbackWanted", "true");

        mailer(smtp.getSmtp().getPort())
                .send(
                        "k5",
                        new Recipient.Mail(EmailAddress.of("tina@it-service.test"), "Tina"),
                        NotificationTemplate.CALL_LOGGED,
                        Language.DE,
                        values);

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Anruf zu T-2026-00042 von Anna Bäcker – bitte zurückrufen");
        assertThat(MailParts.of(mail).text())
                .contains("Valentin Vertrieb hat zum Ticket T-2026-00042 (Drucker) einen Anruf eingetragen.")
                .contains("Anrufer: Anna Bäcker, Tel. +49 89 1234")
                .contains("Rückruf erwünscht.");
    }

    @Test
    void failsLoudlyWhenTheMailServerCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailer mailer = mailer(closedPort);

        assertThatThrownBy(() ->
                        mailer.send("k6", ANNA, NotificationTemplate.TICKET_RECEIVED, Language.DE, receipt(null, null)))
                .isInstanceOf(MailException.class);
    }

    private static SmtpMailer mailer(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return new SmtpMailer(sender, MailTemplates.load(), SETTINGS);
    }

    private static Map<String, String> receipt(String appointment, String text) {
        Map<String, String> values = new HashMap<>(Map.of(
                "ticketNumber", "T-2026-00042", "subject", "Drucker druckt nicht", "contactName", "Anna Bäcker"));
        if (appointment != null) {
            values.put("appointment", appointment);
        }
        if (text != null) {
            values.put("text", text);
        }
        return values;
    }
}
