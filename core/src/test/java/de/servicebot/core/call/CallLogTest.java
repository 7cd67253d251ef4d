package de.servicebot.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallLogTest {

    private final TicketId ticket = TicketId.newId();
    private final StaffId by = StaffId.newId();
    private final Instant now = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void recordsWhoCalledAndWhatItWasAbout() {
        CallLog call = CallLog.log(ticket, " Anna Berger ", "+49 89 1234", " Drucker geht wieder ", true, by, now);

        assertThat(call.callerName()).isEqualTo("Anna Berger");
        assertThat(call.summary()).isEqualTo("Drucker geht wieder");
        assertThat(call.callbackWanted()).isTrue();
    }

    @Test
    void needsACallerAndASummary() {
        assertThatThrownBy(() -> CallLog.log(ticket, "", "", "x", false, by, now))
                .extracting("code")
                .isEqualTo("call.caller-missing");
        assertThatThrownBy(() -> CallLog.log(ticket, "Anna", "", " ", false, by, now))
                .extracting("code")
                .isEqualTo("call.summary-missing");
    }

    @Test
    void needsANumberWhenACallbackIsWanted() {
        assertThatThrownBy(() -> CallLog.log(ticket, "Anna", "", "Bitte zurückrufen", true, by, now))
                .extracting("code")
                .isEqualTo("call.phone-missing-for-callback");
    }
}
