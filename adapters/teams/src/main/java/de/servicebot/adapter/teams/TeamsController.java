package de.servicebot.adapter.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: the Bot Connector delivers Teams activities here. The body (at most 256 KB, counted in
 * bytes) is read with the SDK's own JSON mapper; the SDK checks the token (issuer, audience, signing keys, service
 * URL). A bad or garbled token is a 401, a tenant not on the allow-list a 403, a body that is no complete activity
 * (or an invoke the SDK cannot read) a 400; none of them changes anything, and no failure's text reaches the caller. The activity's locale
 * is taken off before the SDK sees it (the SDK would make it the whole JVM's default locale) and handed to the bot
 * through the turn state.
 */
@RestController
class TeamsController {

    static final int MAX_BODY = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TeamsController.class);

    private final BotFrameworkAdapter adapter;
    private final TeamsBot bot;

    TeamsController(BotFrameworkAdapter adapter, TeamsBot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping(path = "/api/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> incoming(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(value = "Authorization", defaultValue = "") String authorization) {
        if (body == null || body.length > MAX_BODY) {
            return ResponseEntity.status(body == null ? 400 : 413).build();
        }
        Activity activity;
        try {
            activity = Serialization.getAs(
                    Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8)), Activity.class);
        } catch (Exception notAnActivity) {
            return ResponseEntity.badRequest().build();
        }
        if (!complete(activity)) {
            return ResponseEntity.badRequest().build();
        }
        String locale = activity.getLocale();
        activity.setLocale(null);
        try {
            InvokeResponse response = adapter.processActivity(authorization, activity, turn -> {
                        turn.getTurnState().add(TeamsBot.LOCALE, locale == null ? "" : locale);
                        return bot.onTurn(turn);
                    })
                    .join();
            if (response == null) {
                return ResponseEntity.accepted().build();
            }
            if (response.getStatus() >= 400) {
                return ResponseEntity.status(response.getStatus() >= 500 ? 400 : response.getStatus())
                        .build();
            }
            return ResponseEntity.status(response.getStatus())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Serialization.toStringSilent(response.getBody()));
        } catch (RuntimeException failure) {
            Throwable cause = rootCause(failure);
            if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException) {
                log.info("Teams activity refused: {}", cause.getClass().getSimpleName());
                return ResponseEntity.status(401).build();
            }
            if (cause instanceof TenantRefusedException) {
                return ResponseEntity.status(403).build();
            }
            if (cause instanceof InvalidActivityException) {
                log.info(
                        "Teams {} activity {} not readable: {}",
                        activity.getType(),
                        activity.getId(),
                        cause.getMessage());
                return ResponseEntity.badRequest().build();
            }
            if (cause instanceof ErrorResponseException refused
                    && refused.response() != null
                    && refused.response().code() < 500) {
                // the connector refused the answer: the activity named a conversation or activity it does not know
                log.warn(
                        "Teams activity {} of type {} answered, but the Bot Connector refused the answer with {}",
                        activity.getId(),
                        activity.getType(),
                        refused.response().code());
                return ResponseEntity.badRequest().build();
            }
            if (cause instanceof ErrorResponseException || cause instanceof java.io.IOException) {
                log.warn(
                        "Teams activity {} of type {} answered, but the Bot Connector could not be reached: {}",
                        activity.getId(),
                        activity.getType(),
                        cause.toString());
                return ResponseEntity.status(502).build();
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error(
                    "Teams activity {} of type {} failed, reference {}",
                    activity.getId(),
                    activity.getType(),
                    reference,
                    failure);
            return ResponseEntity.internalServerError().build();
        }
    }

    /**
     * Whether the activity has what the Bot Connector always sends: a type, a sender with an id, a conversation with
     * an id and the service URL to answer to. Anything else is no activity from Teams, and an identity is never
     * guessed from a sender without an id.
     */
    private static boolean complete(Activity activity) {
        return activity != null
                && present(activity.getType())
                && activity.getFrom() != null
                && present(activity.getFrom().getId())
                && activity.getConversation() != null
                && present(activity.getConversation().getId())
                && present(activity.getServiceUrl());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof AuthenticationException
                    || cause instanceof TenantRefusedException
                    || cause instanceof InvalidActivityException
                    || cause instanceof JWTVerificationException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }
}
