package de.servicebot.bot.i18n;

import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Localized texts from the bundles {@code i18n/messages*.properties}. Arguments are localized too: an enum constant
 * by its {@code enum.<Type>.<NAME>} text, a list joined like a sentence ("Vertrieb oder Admin"), a date in the
 * language's usual form.
 */
@Component
public class Messages {

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String text(Language language, String key, Object... args) {
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localized[i] = localize(language, args[i]);
        }
        return source.getMessage(key, localized, language.locale());
    }

    /** The text under a key that may be absent (an optional hint, say). */
    public Optional<String> find(Language language, String key) {
        return Optional.ofNullable(source.getMessage(key, null, null, language.locale()));
    }

    /** The sentence that tells the user which rule their request broke. */
    public String of(DomainException refusal, Language language) {
        return text(language, refusal.code(), refusal.args().toArray());
    }

    private Object localize(Language language, Object arg) {
        if (arg instanceof Enum<?> constant) {
            return text(language, "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        }
        if (arg instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(language.locale())
                    .format(date);
        }
        if (arg instanceof Collection<?> items) {
            List<String> texts = new ArrayList<>();
            items.forEach(item -> texts.add(String.valueOf(localize(language, item))));
            boolean choices = !items.isEmpty() && items.stream().allMatch(Enum.class::isInstance);
            return join(language, texts, choices);
        }
        return arg;
    }

    /**
     * A list as a sentence: "A, B und C"; a list of enum values (roles, statuses) is a choice: "Vertrieb oder Admin".
     */
    private String join(Language language, List<String> texts, boolean choices) {
        if (texts.size() <= 1) {
            return String.join("", texts);
        }
        String head = String.join(text(language, "list.separator"), texts.subList(0, texts.size() - 1));
        return head
                + text(language, choices ? "list.last-alternative" : "list.last-separator")
                + texts.get(texts.size() - 1);
    }
}
