package de.servicebot.core.shared;

import java.util.List;
import java.util.Objects;

/**
 * A rule of the process was broken by something a user asked for. The {@link #code()} is also the key of the
 * localized text the user reads (for example {@code ticket.contact-missing}); the {@link #args()} fill that text's
 * placeholders. Channels turn this into a friendly answer in exactly one place; it is never a server error.
 */
public final class DomainException extends RuntimeException {

    private final String code;
    private final List<Object> args;

    public DomainException(String code, Object... args) {
        super(code);
        this.code = Objects.requireNonNull(code, "code");
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    @Override
    public String getMessage() {
        return args.isEmpty() ? code : code + " " + args;
    }

    /** Throws {@code DomainException(code, args)} unless {@code condition} holds. */
    public static void require(boolean condition, String code, Object... args) {
        if (!condition) {
            throw new DomainException(code, args);
        }
    }
}
