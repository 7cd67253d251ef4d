package de.servicebot.bot.feature.language;

import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.CommandSpec.Argument;
import de.servicebot.bot.conversation.Feature;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Say;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Language;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language the bot speaks with a person ({@code sprache en}, {@code language de}): stored with them, so every
 * answer, card and notice is in it from then on.
 */
public final class LanguageFeature implements Feature {

    private static final Map<String, Language> NAMES = Map.of(
            "de", Language.DE,
            "deutsch", Language.DE,
            "german", Language.DE,
            "en", Language.EN,
            "englisch", Language.EN,
            "english", Language.EN);

    private final StaffService staff;
    private final de.servicebot.bot.i18n.Messages messages;

    public LanguageFeature(StaffService staff, de.servicebot.bot.i18n.Messages messages) {
        this.staff = staff;
        this.messages = messages;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of(
                "language",
                List.of("sprache", "language"),
                Argument.REQUIRED,
                (me, argument, say) -> speak(me, argument)));
    }

    @Override
    public Map<String, ActionHandler> actions() {
        return Map.of();
    }

    private Reply speak(StaffMember me, String argument) {
        String word = CommandSpec.firstWord(argument).toLowerCase(Locale.ROOT);
        Language language = Optional.ofNullable(NAMES.get(word))
                .orElseThrow(() -> new DomainException("staff.language-unknown", word));
        StaffMember changed = staff.speak(me, language);
        Say say = new Say(messages, changed.language());
        return Reply.of(TextView.success(say.text("language.changed")));
    }
}
