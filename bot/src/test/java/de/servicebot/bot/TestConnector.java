package de.servicebot.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * WireMock playing everything Microsoft runs for a Teams bot: the OpenID metadata and signing keys of the Bot
 * Framework, the Microsoft login that issues the bot's app token, and the Bot Connector that takes replies and
 * proactive messages. It signs Bot Framework tokens with its own key, as the Bot Framework would.
 */
public final class TestConnector {

    public static final String APP_ID = "00000000-0000-0000-0000-00000000b07";
    public static final String TENANT = "11111111-2222-3333-4444-555555555555";
    public static final String ISSUER = "https://api.botframework.com";
    public static final String BOT_TOKEN = "token-from-the-test-login";
    private static final String KEY_ID = "test-signing-key";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestConnector shared;

    private final WireMockServer server;
    private final KeyPair keys;

    private TestConnector() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        keys = rsaKeys();
        stubMicrosoft();
    }

    public static synchronized TestConnector shared() {
        if (shared == null) {
            shared = new TestConnector();
        }
        return shared;
    }

    public WireMockServer server() {
        return server;
    }

    /** The service URL activities carry; replies go there. */
    public String serviceUrl() {
        return server.baseUrl() + "/";
    }

    /** The application settings that point Teams at this stand-in. */
    public Map<String, String> settings() {
        return Map.of(
                "MicrosoftAppId",
                APP_ID,
                "MicrosoftAppPassword",
                "test-secret",
                "MicrosoftAppTenantId",
                TENANT,
                "MicrosoftAppType",
                "SingleTenant",
                "servicebot.teams.allowed-tenants",
                TENANT,
                "servicebot.teams.login-url",
                server.baseUrl(),
                "servicebot.teams.openid-metadata-url",
                server.baseUrl() + "/v1/.well-known/openidconfiguration");
    }

    /** A valid Bot Framework token for an activity from this service URL. */
    public String token() {
        return sign(token(APP_ID, ISSUER, Instant.now().plus(Duration.ofMinutes(10))));
    }

    public JWTCreator.Builder token(String audience, String issuer, Instant expiresAt) {
        return JWT.create()
                .withIssuer(issuer)
                .withAudience(audience)
                .withClaim("serviceurl", serviceUrl())
                .withKeyId(KEY_ID)
                .withNotBefore(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                .withExpiresAt(Date.from(expiresAt));
    }

    public String sign(JWTCreator.Builder token) {
        return token.sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
    }

    /** The same token, signed by a key the Bot Framework never published. */
    public String signWithForeignKey(JWTCreator.Builder token) {
        KeyPair foreign = rsaKeys();
        return token.sign(Algorithm.RSA256((RSAPublicKey) foreign.getPublic(), (RSAPrivateKey) foreign.getPrivate()));
    }

    /** Forgets what was received and restores the stubs. */
    public void reset() {
        server.resetAll();
        stubMicrosoft();
    }

    private void stubMicrosoft() {
        server.stubFor(get(urlPathEqualTo("/v1/.well-known/openidconfiguration"))
                .willReturn(okJson("{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + server.baseUrl()
                        + "/v1/.well-known/keys\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}")));
        RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
        server.stubFor(get(urlPathEqualTo("/v1/.well-known/keys"))
                .willReturn(okJson("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
                        + base64Url(publicKey.getModulus().toByteArray()) + "\",\"e\":\""
                        + base64Url(publicKey.getPublicExponent().toByteArray())
                        + "\",\"endorsements\":[\"msteams\"]}]}")));
        server.stubFor(post(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .willReturn(okJson(
                        "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + BOT_TOKEN + "\"}")));
        server.stubFor(post(urlPathMatching("/v3/conversations/[^/]+/activities(/[^/]+)?"))
                .willReturn(okJson("{\"id\":\"sent-1\"}")));
    }

    /** The member lookup Teams answers with the person's e-mail and UPN. */
    public void knowsMember(String userId, String aadObjectId, String email) {
        server.stubFor(get(urlPathMatching("/v3/conversations/[^/]+/members/.+"))
                .willReturn(okJson("{\"id\":\"" + userId + "\",\"name\":\"Someone\",\"aadObjectId\":\"" + aadObjectId
                        + "\",\"email\":\"" + email + "\",\"userPrincipalName\":\"" + email + "\",\"tenantId\":\""
                        + TENANT + "\"}")));
    }

    /** The connector throttles the next proactive message once, asking to retry after the given seconds. */
    public void throttlesOnce(int retryAfterSeconds) {
        server.stubFor(post(urlPathMatching("/v3/conversations/[^/]+/activities(/[^/]+)?"))
                .inScenario("throttled")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", String.valueOf(retryAfterSeconds))
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}"))
                .willSetStateTo("throttled once"));
        server.stubFor(post(urlPathMatching("/v3/conversations/[^/]+/activities(/[^/]+)?"))
                .inScenario("throttled")
                .whenScenarioStateIs("throttled once")
                .willReturn(okJson("{\"id\":\"sent-after-wait\"}")));
    }

    /** A personal-chat message activity from the Teams user, as the Bot Connector posts it; {@code text} may be null. */
    public ObjectNode message(String aadObjectId, String text) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", "message").put("id", "act-" + UUID.randomUUID()).put("channelId", "msteams");
        activity.put("serviceUrl", serviceUrl()).put("locale", "de-DE");
        activity.putObject("from")
                .put("id", "29:" + aadObjectId)
                .put("name", "Tim")
                .put("aadObjectId", aadObjectId);
        activity.putObject("conversation")
                .put("id", "conv-" + aadObjectId)
                .put("tenantId", TENANT)
                .put("conversationType", "personal");
        activity.putObject("recipient").put("id", "28:" + APP_ID).put("name", "Servicebot");
        activity.putObject("channelData").putObject("tenant").put("id", TENANT);
        if (text != null) {
            activity.put("text", text);
        }
        return activity;
    }

    /** Posts the body to the app's {@code /api/messages} with the given {@code Authorization} header (none if empty). */
    public static HttpResponse<String> postActivity(int port, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8));
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base64Url(byte[] bytes) {
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] unsigned = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
