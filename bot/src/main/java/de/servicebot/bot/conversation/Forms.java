package de.servicebot.bot.conversation;

import de.servicebot.core.shared.DomainException;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the work of a form; a refusal from core comes back as a {@link FieldRefusal} at the field it concerns. */
public final class Forms {

    private Forms() {}

    public static <T> T refusingAt(FormView form, Map<String, String> fieldsByCode, Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException refusal) {
            throw new FieldRefusal(form, fieldsByCode.getOrDefault(refusal.code(), ""), refusal);
        }
    }
}
