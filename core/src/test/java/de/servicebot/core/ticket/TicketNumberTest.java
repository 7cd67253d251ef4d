package de.servicebot.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumberTest {

    @Test
    void readsLikeStaffSayIt() {
        assertThat(new TicketNumber(2026, 42)).hasToString("T-2026-00042");
        assertThat(new TicketNumber(2026, 123_456)).hasToString("T-2026-123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"T-2026-00042", "t-2026-42", "2026-00042", " T 2026 - 42 ", "T2026-42"})
    void understandsTheWaysANumberIsTyped(String typed) {
        assertThat(TicketNumber.parse(typed)).contains(new TicketNumber(2026, 42));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "42", "T-26-42", "T-2026-0", "T-2026-x", "1999-5", "T-2026-99999999999"})
    void findsNoNumberInGarbage(String typed) {
        assertThat(TicketNumber.parse(typed)).isEmpty();
    }

    @Test
    void ordersByYearThenSequence() {
        assertThat(new TicketNumber(2025, 900)).isLessThan(new TicketNumber(2026, 1));
        assertThat(new TicketNumber(2026, 2)).isGreaterThan(new TicketNumber(2026, 1));
    }
}
