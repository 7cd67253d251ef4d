package de.servicebot.adapter.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The e-mail address of a Slack user ({@code users.info}, scope {@code users:read.email}), cached for an hour. */
public final class SlackDirectory {

    private static final Logger log = LoggerFactory.getLogger(SlackDirectory.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private record Entry(Optional<String> email, Instant until) {}

    private final MethodsClient client;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    SlackDirectory(MethodsClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public Optional<String> email(String userId) {
        Entry cached = cache.get(userId);
        if (cached != null && clock.instant().isBefore(cached.until())) {
            return cached.email();
        }
        Optional<String> email = lookUp(userId);
        cache.put(userId, new Entry(email, clock.instant().plus(KEEP)));
        return email;
    }

    private Optional<String> lookUp(String userId) {
        try {
            UsersInfoResponse info = client.usersInfo(r -> r.user(userId));
            if (!info.isOk() || info.getUser() == null || info.getUser().getProfile() == null) {
                log.warn("Slack did not tell who user {} is: {}", userId, info.getError());
                return Optional.empty();
            }
            return Optional.ofNullable(info.getUser().getProfile().getEmail()).filter(e -> !e.isBlank());
        } catch (Exception failure) {
            log.warn("Slack user lookup for {} failed: {}", userId, failure.toString());
            return Optional.empty();
        }
    }
}
