package de.servicebot.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicebot.core.shared.EmailAddress;
import de.servicebot.core.shared.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private final Recipient contact = new Recipient.Mail(EmailAddress.of("anna@kunde.test"), "Anna Berger");

    @Test
    void carriesEveryValueItsTemplateNeeds() {
        Notification receipt = new Notification(
                "ticket-received:T-2026-00042:1",
                contact,
                NotificationTemplate.TICKET_RECEIVED,
                Language.DE,
                Map.of("ticketNumber", "T-2026-00042", "subject", "Drucker", "contactName", "Anna Berger"));

        assertThat(receipt.values()).containsEntry("ticketNumber", "T-2026-00042");
    }

    @Test
    void isRefusedWhenAValueItsTemplateNeedsIsMissing() {
        assertThatThrownBy(() -> new Notification(
                        "k1", contact, NotificationTemplate.TICKET_RECEIVED, Language.DE, Map.of("subject", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ticketNumber");
    }

    @Test
    void isRefusedWithAValueItsTemplateDoesNotKnow() {
        Map<String, String> values =
                Map.of("ticketNumber", "T", "subject", "x", "contactName", "A", "password", "secret");

        assertThatThrownBy(() ->
                        new Notification("k1", contact, NotificationTemplate.TICKET_RECEIVED, Language.DE, values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password");
    }

    @Test
    void isRefusedWithAKeyThatCannotIdentifyIt() {
        assertThatThrownBy(() -> new Notification(
                        "has spaces", contact, NotificationTemplate.TICKET_RECEIVED, Language.DE, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
