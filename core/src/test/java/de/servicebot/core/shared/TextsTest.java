package de.servicebot.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @Test
    void trimsRequiredText() {
        assertThat(Texts.required("  Drucker kaputt ", 20, "ticket.subject-missing", "ticket.subject-too-long"))
                .isEqualTo("Drucker kaputt");
    }

    @Test
    void namesTheFieldWhenTextIsMissingOrTooLong() {
        assertThatThrownBy(() -> Texts.required("  ", 20, "ticket.subject-missing", "ticket.subject-too-long"))
                .extracting("code")
                .isEqualTo("ticket.subject-missing");
        assertThatThrownBy(() -> Texts.optional("x".repeat(21), 20, "ticket.description-too-long"))
                .extracting("code", "args")
                .containsExactly("ticket.description-too-long", java.util.List.of(20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+49 89 123456-0", "(089) 12 34", "0171/1234567", ""})
    void acceptsPhoneNumbersAsPeopleTypeThem(String phone) {
        assertThat(Texts.phone(phone, "call.phone-invalid", "call.phone-too-long"))
                .isEqualTo(phone);
    }

    @Test
    void refusesPhoneNumbersWithLetters() {
        assertThatThrownBy(() -> Texts.phone("0171 CALL ME", "call.phone-invalid", "call.phone-too-long"))
                .extracting("code")
                .isEqualTo("call.phone-invalid");
    }
}
