package de.servicebot.bot.conversation;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a channel knows of a request besides its content: the platform's key for it (e.g. {@code teams:} and the
 * activity id), under which it is handled once however often it arrives, and what to do with the answer inside the
 * request's transaction (e.g. queue it in the outbox), so that the answer is kept exactly when the change is.
 */
public record Request(Optional<String> platformKey, Consumer<Reply> withAnswer) {

    private static final Request NONE = new Request(Optional.empty(), reply -> {});

    /** A request without a key of its own; only a form's token makes it once. */
    public static Request none() {
        return NONE;
    }

    /** A request the platform identifies by the key; blank means it gave none. */
    public static Request keyed(String platformKey) {
        return new Request(
                platformKey == null || platformKey.isBlank() ? Optional.empty() : Optional.of(platformKey),
                reply -> {});
    }

    /** The same request whose answer, unless it is a refusal, is also handed to {@code consumer} in its transaction. */
    public Request answeredBy(Consumer<Reply> consumer) {
        return new Request(platformKey, consumer);
    }
}
