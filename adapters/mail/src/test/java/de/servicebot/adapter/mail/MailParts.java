package de.servicebot.adapter.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;

/** What a person's mail program shows of a received mail: its plain-text and its HTML body. */
public record MailParts(String text, String html) {

    public static MailParts of(MimeMessage message) {
        try {
            Map<String, String> found = new HashMap<>();
            collect(message, found);
            return new MailParts(found.getOrDefault("text/plain", ""), found.getOrDefault("text/html", ""));
        } catch (Exception e) {
            throw new IllegalStateException("Mail could not be read", e);
        }
    }

    private static void collect(Part part, Map<String, String> found) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found);
            }
        } else if (part.isMimeType("text/plain")) {
            found.put("text/plain", String.valueOf(part.getContent()));
        } else if (part.isMimeType("text/html")) {
            found.put("text/html", String.valueOf(part.getContent()));
        }
    }
}
