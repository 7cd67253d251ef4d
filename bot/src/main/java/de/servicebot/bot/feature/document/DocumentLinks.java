package de.servicebot.bot.feature.document;

import de.servicebot.core.document.DocumentId;
import de.servicebot.core.staff.StaffId;
import de.servicebot.core.ticket.TicketId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links to one document of one ticket for one person, valid until a moment: {@code <base>/documents/<token>}, the
 * token being what it grants and an HMAC-SHA256 over it. Nothing in it is secret but the key; nothing in it can be
 * changed without the key.
 */
public final class DocumentLinks {

    /** The path under which documents are opened. */
    public static final String PATH = "/documents/";

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int MAX_TOKEN = 400;

    /** What a link grants: that document of that ticket to that person, until then. */
    public record Grant(DocumentId document, TicketId ticket, StaffId person, Instant until) {}

    /** What a link says when it is checked. */
    public sealed interface Checked {
        record Valid(Grant grant) implements Checked {}

        record Expired(TicketId ticket) implements Checked {}

        record Invalid() implements Checked {}
    }

    private final String base;
    private final byte[] key;
    private final Duration validity;
    private final Clock clock;

    /** {@code secret} blank: a key of this start only. */
    public DocumentLinks(String publicUrl, String secret, Duration validity, Clock clock) {
        this.base = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
        if (secret == null || secret.isBlank()) {
            this.key = new byte[32];
            new SecureRandom().nextBytes(this.key);
        } else {
            this.key = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.validity = validity;
        this.clock = clock;
    }

    /** The link that opens the document for the person, from now for the configured time. */
    public String link(DocumentId document, TicketId ticket, StaffId person) {
        long until = clock.instant().plus(validity).getEpochSecond();
        String claim = document.value() + "." + ticket.value() + "." + person.value() + "." + until;
        String payload = ENCODE.encodeToString(claim.getBytes(StandardCharsets.US_ASCII));
        return base + PATH + payload + "." + ENCODE.encodeToString(sign(payload));
    }

    /** Whether the token is one of ours, unchanged, and still valid. */
    public Checked check(String token) {
        if (token == null || token.length() > MAX_TOKEN) {
            return new Checked.Invalid();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return new Checked.Invalid();
        }
        String payload = token.substring(0, dot);
        Optional<byte[]> signature = decoded(token.substring(dot + 1));
        if (signature.isEmpty() || !MessageDigest.isEqual(sign(payload), signature.get())) {
            return new Checked.Invalid();
        }
        Optional<Grant> grant = decoded(payload).flatMap(DocumentLinks::grant);
        if (grant.isEmpty()) {
            return new Checked.Invalid();
        }
        if (!clock.instant().isBefore(grant.get().until())) {
            return new Checked.Expired(grant.get().ticket());
        }
        return new Checked.Valid(grant.get());
    }

    private static Optional<Grant> grant(byte[] claim) {
        String[] parts = new String(claim, StandardCharsets.US_ASCII).split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Grant(
                    new DocumentId(UUID.fromString(parts[0])),
                    new TicketId(UUID.fromString(parts[1])),
                    new StaffId(UUID.fromString(parts[2])),
                    Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (IllegalArgumentException | java.time.DateTimeException garbled) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> decoded(String text) {
        try {
            return Optional.of(DECODE.decode(text));
        } catch (IllegalArgumentException garbled) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }
}
