package de.servicebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Slack's signatures, checked as Slack makes them. This class also runs in a JVM whose default charset is
 * ISO-8859-1 (see the module's POM), where Bolt's own check refuses bodies with umlauts.
 */
class SlackSignatureCheckTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String BODY =
            "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"message\","
                    + "\"text\":\"Drucker in Büro 3 bei Müller & Söhne kaputt – Grüße\"}}";

    private final SlackSignatureCheck check = new SlackSignatureCheck(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsABodyWithUmlautsSignedAsSlackSignsItWhateverTheJvmCharset() {
        String expected = System.getProperty("servicebot.expected-charset");
        if (expected != null) {
            assertThat(Charset.defaultCharset().name()).isEqualTo(expected);
        }
        String ts = String.valueOf(NOW.getEpochSecond());

        assertThat(check.verified(request(BODY, ts, utf8Signature(ts, BODY, SECRET))))
                .isTrue();
    }

    @Test
    void refusesAWrongSecretAMissingSignatureAndAGarbledTimestamp() {
        String ts = String.valueOf(NOW.getEpochSecond());

        assertThat(check.verified(request(BODY, ts, utf8Signature(ts, BODY, "another-secret"))))
                .isFalse();
        assertThat(check.verified(request(BODY, ts, null))).isFalse();
        assertThat(check.verified(request(BODY, "yesterday", utf8Signature("yesterday", BODY, SECRET))))
                .isFalse();
        assertThat(check.verified(request(BODY + " ", ts, utf8Signature(ts, BODY, SECRET))))
                .isFalse();
    }

    @Test
    void refusesRequestsOlderOrNewerThanFiveMinutes() {
        String stale = String.valueOf(NOW.minusSeconds(301).getEpochSecond());
        String future = String.valueOf(NOW.plusSeconds(301).getEpochSecond());
        String edge = String.valueOf(NOW.minusSeconds(300).getEpochSecond());

        assertThat(check.verified(request(BODY, stale, utf8Signature(stale, BODY, SECRET))))
                .isFalse();
        assertThat(check.verified(request(BODY, future, utf8Signature(future, BODY, SECRET))))
                .isFalse();
        assertThat(check.verified(request(BODY, edge, utf8Signature(edge, BODY, SECRET))))
                .isTrue();
    }

    @Test
    void refusesEveryRequestWhenNoSigningSecretIsConfigured() {
        SlackSignatureCheck socketModeOnly = new SlackSignatureCheck("", Clock.fixed(NOW, ZoneOffset.UTC));
        String ts = String.valueOf(NOW.getEpochSecond());

        assertThat(socketModeOnly.verified(request(BODY, ts, utf8Signature(ts, BODY, "guessed-secret"))))
                .isFalse();
    }

    private static EventRequest request(String body, String timestamp, String signature) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("X-Slack-Request-Timestamp", List.of(timestamp));
        if (signature != null) {
            headers.put("X-Slack-Signature", List.of(signature));
        }
        return new EventRequest(body, new RequestHeaders(headers));
    }

    private static String utf8Signature(String timestamp, String body, String secret) {
        return new SlackSignatureCheck(secret, Clock.systemUTC()).sign(timestamp, body);
    }
}
