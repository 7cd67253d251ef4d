package de.servicebot.core.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The assertion every rule test makes: the call is refused with this code (the key of the text the user reads). */
public final class Refusals {

    private Refusals() {}

    public static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo(code);
    }
}
