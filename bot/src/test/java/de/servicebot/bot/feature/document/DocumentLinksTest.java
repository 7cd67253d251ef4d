package de.servicebot.bot.feature.document;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.document.DocumentId;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentLinksTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private final DocumentId document = new DocumentId(UUID.randomUUID());
    private final TicketId ticket = new TicketId(UUID.randomUUID());
    private final StaffId vera = new StaffId(UUID.randomUUID());

    private static DocumentLinks at(Instant now, String secret) {
        return new DocumentLinks(
                "https://bot.example.de/", secret, Duration.ofHours(1), Clock.fixed(now, ZoneId.of("Europe/Berlin")));
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void aLinkGrantsThatDocumentOfThatTicketToThatPersonForAnHour() {
        String link = at(NOW, "s3cret").link(document, ticket, vera);

        assertThat(link).startsWith("https://bot.example.de/documents/");
        assertThat(at(NOW.plusSeconds(3599), "s3cret").check(token(link)))
                .isEqualTo(new DocumentLinks.Checked.Valid(
                        new DocumentLinks.Grant(document, ticket, vera, NOW.plusSeconds(3600))));
        assertThat(at(NOW.plusSeconds(3600), "s3cret").check(token(link)))
                .isEqualTo(new DocumentLinks.Checked.Expired(ticket));
    }

    @Test
    void aChangedForgedOrForeignLinkGrantsNothing() {
        String token = token(at(NOW, "s3cret").link(document, ticket, vera));
        DocumentLinks links = at(NOW, "s3cret");
        String payload = token.substring(0, token.indexOf('.'));
        String otherPayload = token(at(NOW, "s3cret").link(new DocumentId(UUID.randomUUID()), ticket, vera))
                .substring(0, token.indexOf('.'));

        assertThat(at(NOW, "another key").check(token)).isInstanceOf(DocumentLinks.Checked.Invalid.class);
        assertThat(links.check(otherPayload + token.substring(token.indexOf('.'))))
                .isInstanceOf(DocumentLinks.Checked.Invalid.class);
        for (String garbled : new String[] {
            "", ".", payload, payload + ".", token + "x", token + ".x", "ä.ö", "%2e%2e", "x".repeat(5000), null
        }) {
            assertThat(links.check(garbled))
                    .as(String.valueOf(garbled))
                    .isInstanceOf(DocumentLinks.Checked.Invalid.class);
        }
    }

    @Test
    void withoutAPublicAddressLinksAreRelative() {
        DocumentLinks local = new DocumentLinks("", "", Duration.ofMinutes(5), Clock.systemUTC());

        assertThat(local.link(document, ticket, vera)).startsWith("/documents/");
    }
}
