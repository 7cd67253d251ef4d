package de.servicebot.adapter.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a request comes from Slack: {@code X-Slack-Signature} must be {@code v0=} and the hex HMAC-SHA256, with
 * the signing secret, of {@code v0:<timestamp>:<body>}, and {@code X-Slack-Request-Timestamp} no more than 5 minutes
 * away. Bolt's own check hashes in the JVM's default charset, so a body with umlauts fails on a JVM that does not
 * default to UTF-8; this one always hashes UTF-8, as Slack does. Socket Mode needs no signature; without a signing
 * secret (Socket Mode only) every HTTP request is refused.
 */
final class SlackSignatureCheck implements Middleware {

    static final Duration WINDOW = Duration.ofMinutes(5);
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String SIGNATURE = "X-Slack-Signature";

    private final byte[] secret;
    private final Clock clock;

    SlackSignatureCheck(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.isSocketMode() || verified(req)) {
            return chain.next(req);
        }
        return Response.builder()
                .statusCode(401)
                .contentType("application/json")
                .body("{\"error\":\"invalid request\"}")
                .build();
    }

    boolean verified(Request req) {
        return verified(
                req.getHeaders().getFirstValue(TIMESTAMP),
                req.getHeaders().getFirstValue(SIGNATURE),
                req.getRequestBodyAsString());
    }

    /** Whether the body was signed by Slack, with the two headers Slack sends. */
    boolean verified(String timestamp, String signature, String body) {
        if (secret.length == 0 || timestamp == null || signature == null) {
            return false;
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException garbled) {
            return false;
        }
        if (Math.abs(clock.instant().getEpochSecond() - sentAt) > WINDOW.toSeconds()) {
            return false;
        }
        String expected = sign(timestamp, body == null ? "" : body);
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), signature.strip().getBytes(StandardCharsets.UTF_8));
    }

    String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
