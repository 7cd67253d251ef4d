package de.servicebot.bot.conversation;

import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Language;
import java.util.List;

/** Texts in one person's language, and the form fields built from them. */
public final class Say {

    private final Messages messages;
    private final Language language;

    public Say(Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
    }

    public Language language() {
        return language;
    }

    public String text(String key, Object... args) {
        return messages.text(language, key, args);
    }

    /** The text of a refusal from core. */
    /** Whether there is a text under that key. */
    public boolean has(String key) {
        return messages.find(language, key).isPresent();
    }

    public String refusal(DomainException refused) {
        return messages.of(refused, language);
    }

    public FormView.Field field(String name, FormView.Kind kind, String value, boolean required) {
        return new FormView.Field(name, kind, text("field." + name), value, required, List.of(), hint(name), "");
    }

    /** A tick box ("Kunden-E-Mail: …"), on or off, with a hint below it, e.g. the address the mail goes to. */
    public FormView.Field toggle(String name, String label, boolean on, String hint) {
        return new FormView.Field(name, FormView.Kind.TOGGLE, label, String.valueOf(on), false, List.of(), hint, "");
    }

    public FormView.Field choice(String name, String value, boolean required, List<FormView.Option> options) {
        return new FormView.Field(
                name, FormView.Kind.CHOICE, text("field." + name), value, required, options, hint(name), "");
    }

    private String hint(String name) {
        return messages.find(language, "field." + name + ".hint").orElse("");
    }
}
