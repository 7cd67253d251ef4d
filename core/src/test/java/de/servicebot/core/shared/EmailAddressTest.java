package de.servicebot.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void matchesHoweverTheAddressWasTyped() {
        EmailAddress typed = EmailAddress.of("  Anna.Berger@Example.DE ");

        assertThat(typed).isEqualTo(EmailAddress.of("anna.berger@example.de"));
        assertThat(typed.value()).isEqualTo("anna.berger@example.de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "@example.de", "anna@example", "an na@example.de", "a@b@c.de"})
    void refusesWhatIsNoAddress(String typed) {
        assertThatThrownBy(() -> EmailAddress.of(typed))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("email.invalid");
    }

    @Test
    void saysWhenTheAddressIsMissing() {
        assertThatThrownBy(() -> EmailAddress.of(" "))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("email.missing");
    }
}
