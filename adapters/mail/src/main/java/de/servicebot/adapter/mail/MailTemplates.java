package de.servicebot.adapter.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import de.servicebot.core.notification.NotificationTemplate;
import de.servicebot.core.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The compiled mail templates, {@code mail/<name>.<language>.subject|txt|html} on the classpath. HTML escapes every
 * value; plain text and subject do not. A flag value {@code "true"} or {@code "false"} opens or skips a section.
 */
final class MailTemplates {

    /** One rendered e-mail. */
    record RenderedMail(String subject, String text, String html) {}

    private record Key(NotificationTemplate template, Language language) {}

    private record Parts(Template subject, Template text, Template html) {}

    private final Map<Key, Parts> parts = new HashMap<>();

    /** Loads and compiles every template in every language; throws when one is missing. */
    static MailTemplates load() {
        MailTemplates templates = new MailTemplates();
        Mustache.Compiler plain =
                Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true);
        Mustache.Compiler html =
                Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true);
        for (NotificationTemplate template : NotificationTemplate.values()) {
            for (Language language : Language.values()) {
                String base = "mail/" + template.fileName() + "." + language.code();
                templates.parts.put(
                        new Key(template, language),
                        new Parts(
                                plain.compile(read(base + ".subject").strip()),
                                plain.compile(read(base + ".txt")),
                                html.compile(read(base + ".html"))));
            }
        }
        return templates;
    }

    RenderedMail render(NotificationTemplate template, Language language, Map<String, String> values, String sender) {
        Map<String, Object> model = new HashMap<>();
        values.forEach((key, value) -> model.put(key, flagOrText(value)));
        model.put("sender", sender);
        Parts found = parts.get(new Key(template, language));
        String subject = found.subject.execute(model).replaceAll("\\s+", " ").strip();
        return new RenderedMail(subject, found.text.execute(model), found.html.execute(model));
    }

    private static Object flagOrText(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> value;
        };
    }

    private static String read(String resource) {
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Mail template missing on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Mail template unreadable: " + resource, e);
        }
    }
}
