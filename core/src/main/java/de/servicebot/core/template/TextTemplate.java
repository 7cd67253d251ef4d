package de.servicebot.core.template;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Texts;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A text template (Textbaustein). Its body may contain placeholders such as {@code {{Kunde}}}; {@link #fill} replaces
 * each with its value. A body naming a placeholder Servicebot does not know is refused when the template is made,
 * not when a technician applies it.
 */
public record TextTemplate(TextTemplateId id, TemplateKind kind, String name, String body) {

    /** The description template of a new ticket. */
    public static final String TICKET_NEW = "Ticket NEU";
    /** The time entry template (and activity) that books a ticket's creation. */
    public static final String TICKET_CREATION = "Ticketerstellung";

    static final int MAX_NAME = 80;
    static final int MAX_BODY = 4000;

    public TextTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = Texts.required(name, MAX_NAME, "template.name-missing", "template.name-too-long");
        body = Texts.optional(body, MAX_BODY, "template.body-too-long");
        Matcher matcher = Placeholders.PLACEHOLDER.matcher(body);
        while (matcher.find()) {
            String token = matcher.group(1);
            DomainException.require(
                    Placeholder.byToken(token).isPresent(), "template.unknown-placeholder", "{{" + token + "}}");
        }
    }

    public static TextTemplate create(TemplateKind kind, String name, String body) {
        return new TextTemplate(TextTemplateId.newId(), kind, name, body);
    }

    /** The placeholders this template uses. */
    public Set<Placeholder> placeholders() {
        Set<Placeholder> used = EnumSet.noneOf(Placeholder.class);
        Matcher matcher = Placeholders.PLACEHOLDER.matcher(body);
        while (matcher.find()) {
            Placeholder.byToken(matcher.group(1)).ifPresent(used::add);
        }
        return used;
    }

    /** The body with every placeholder replaced by its value; a placeholder without a value becomes empty. */
    public String fill(Map<Placeholder, String> values) {
        Map<Placeholder, String> all = new EnumMap<>(Placeholder.class);
        for (Placeholder placeholder : Placeholder.values()) {
            all.put(placeholder, values.getOrDefault(placeholder, ""));
        }
        return Placeholders.fill(body, all);
    }

    /** The body with the given placeholders filled and the others kept, for a text the user completes. */
    public String fillKnown(Map<Placeholder, String> values) {
        return Placeholders.fill(body, values);
    }

    public TextTemplate withBody(String body) {
        return new TextTemplate(id, kind, name, body);
    }
}
