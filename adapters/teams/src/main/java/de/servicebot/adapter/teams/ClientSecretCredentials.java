package de.servicebot.adapter.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The bot's token for calling the Bot Connector, fetched with the OAuth client-credentials grant from
 * {@code <loginUrl>/<tenant>/oauth2/v2.0/token} and kept until shortly before it expires. The tenant is the app's own
 * for a single-tenant app (the SDK's own credentials ask Bot Framework's tenant, which single-tenant apps are not in),
 * and the login URL is configurable, so tests can play the Microsoft login over plain HTTP.
 */
final class ClientSecretCredentials extends AppCredentials {

    private static final String SCOPE = "https://api.botframework.com/.default";
    private static final Duration EARLY = Duration.ofMinutes(5);

    private final String secret;
    private final URI tokenEndpoint;
    private final HttpClient http;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private String token;
    private Instant validUntil = Instant.MIN;

    ClientSecretCredentials(TeamsSettings settings, HttpClient http, Clock clock) {
        super(settings.tokenTenant());
        setAppId(settings.appId());
        this.secret = settings.appPassword();
        this.tokenEndpoint = URI.create(settings.loginUrl().replaceAll("/+$", "") + "/"
                + URLEncoder.encode(settings.tokenTenant(), StandardCharsets.UTF_8) + "/oauth2/v2.0/token");
        this.http = http;
        this.clock = clock;
    }

    @Override
    public synchronized CompletableFuture<String> getToken() {
        if (token == null || clock.instant().isAfter(validUntil)) {
            fetch();
        }
        return CompletableFuture.completedFuture(token);
    }

    private void fetch() {
        String form = "grant_type=client_credentials&client_id=" + encode(getAppId()) + "&client_secret="
                + encode(secret) + "&scope=" + encode(SCOPE);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "The Microsoft login refused the bot's token request with HTTP " + response.statusCode());
            }
            JsonNode body = json.readTree(response.body());
            token = body.path("access_token").asText();
            validUntil = clock.instant()
                    .plusSeconds(body.path("expires_in").asLong(3600))
                    .minus(EARLY);
        } catch (IOException e) {
            throw new IllegalStateException("The Microsoft login could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching the bot's token", e);
        }
    }

    @Override
    protected Authenticator buildAuthenticator() {
        throw new IllegalStateException("Tokens come from getToken(); the SDK's msal4j authenticator is not used");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
