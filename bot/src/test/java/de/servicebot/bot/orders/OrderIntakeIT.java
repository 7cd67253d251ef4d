package de.servicebot.bot.orders;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.bot.CompanyIntegrationTest;
import de.servicebot.bot.TestSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ERP's side of the order intake over real HTTP: a good order and its PDF are stored; a bad key, bad JSON, an
 * oversized or non-PDF document are refused with 401, 400, 413 or 415, a problem text the sender can read, and nothing
 * stored.
 */
class OrderIntakeIT extends CompanyIntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void storesAnOrderWithItsPositionsAndItsDocument() throws Exception {
        String number = number();

        HttpResponse<String> created = postOrder(TestSettings.ERP_KEY, "application/json", order(number));
        HttpResponse<String> document =
                putDocument(number, TestSettings.ERP_KEY, "application/pdf", PDF, "attachment; filename=\"AB.pdf\"");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/orders/" + number);
        assertThat(orders(number)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from order_position p join customer_order o on o.id = p.order_id"
                                + " where o.number = :n")
                        .param("n", number)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(document.statusCode()).isEqualTo(201);
        assertThat(document.body()).contains("\"fileName\":\"AB.pdf\"");
        assertThat(jdbc.sql("select d.size from document d join customer_order o on o.document_id = d.id"
                                + " where o.number = :n")
                        .param("n", number)
                        .query(Integer.class)
                        .single())
                .isEqualTo(PDF.length);
    }

    @Test
    void refusesAMissingOrWrongKeyWith401() throws Exception {
        String number = number();

        HttpResponse<String> missing = postOrder(null, "application/json", order(number));
        HttpResponse<String> wrong = postOrder("erp-test-key-0816", "application/json", order(number));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("API-Schlüssel fehlt oder stimmt nicht");
        assertThat(orders(number)).isZero();
    }

    @Test
    void refusesBadJsonWith400() throws Exception {
        HttpResponse<String> garbled = postOrder(TestSettings.ERP_KEY, "application/json", "{\"number\": \"AB-1\",");
        HttpResponse<String> wrongShape =
                postOrder(TestSettings.ERP_KEY, "application/json", "{\"positions\": \"viele\"}");

        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(garbled.body()).contains("\"code\":\"api.json-invalid\"").doesNotContain("Exception");
        assertThat(wrongShape.statusCode()).isEqualTo(400);
    }

    @Test
    void refusesANulCharacterInAnyTextAndANumberWhereTextBelongsWith400AndStoresNothing() throws Exception {
        String nul = number();
        String numeric = number();

        HttpResponse<String> withNul = postOrder(
                TestSettings.ERP_KEY, "application/json", order(nul).replace("Patchkabel", "Patch\\u0000kabel"));
        HttpResponse<String> asNumber = postOrder(
                TestSettings.ERP_KEY, "application/json", order(numeric).replace("\"" + numeric + "\"", "20260815"));

        assertThat(withNul.statusCode()).isEqualTo(400);
        assertThat(withNul.body()).contains("\"code\":\"api.text-nul\"").contains("NUL");
        assertThat(asNumber.statusCode()).isEqualTo(400);
        assertThat(asNumber.body()).contains("\"code\":\"api.json-invalid\"").doesNotContain("Exception");
        assertThat(orders(nul)).isZero();
    }

    @Test
    void refusesAnOrderCoreRefusesWith400AndItsReasonInTheLanguageAskedFor() throws Exception {
        String number = number();
        String unknownCustomer = order(number).replace("K-10001", "K-99999");

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/orders"))
                .header("X-Api-Key", TestSettings.ERP_KEY)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en-GB,en;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString(unknownCustomer)));
        HttpResponse<String> noUnit = postOrder(
                TestSettings.ERP_KEY,
                "application/json",
                order(number).replace("\"unit\": \"Stück\"", "\"unit\": \"\""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("There is no customer with the number K-99999");
        assertThat(noUnit.statusCode()).isEqualTo(400);
        assertThat(noUnit.body()).contains("Verpackungseinheit");
        assertThat(orders(number)).isZero();
    }

    @Test
    void refusesASecondOrderWithTheSameNumberWith409() throws Exception {
        String number = number();
        postOrder(TestSettings.ERP_KEY, "application/json", order(number));

        HttpResponse<String> again = postOrder(TestSettings.ERP_KEY, "application/json", order(number));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(orders(number)).isEqualTo(1);
    }

    @Test
    void refusesAnOrderThatIsNoJsonWith415AndAnOversizedOneWith413() throws Exception {
        String number = number();

        HttpResponse<String> xml = postOrder(TestSettings.ERP_KEY, "application/xml", "<order/>");
        HttpResponse<String> huge = postOrder(
                TestSettings.ERP_KEY,
                "application/json",
                order(number).replace("\"agreements\": \"", "\"agreements\": \"" + "x".repeat(20_000)));

        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(orders(number)).isZero();
    }

    @Test
    void refusesADocumentThatIsNoPdfOrTooLargeAndKeepsNothing() throws Exception {
        String number = number();
        postOrder(TestSettings.ERP_KEY, "application/json", order(number));
        long documentsBefore = documents();

        HttpResponse<String> word = putDocument(number, TestSettings.ERP_KEY, "application/msword", PDF, null);
        HttpResponse<String> disguised = putDocument(
                number, TestSettings.ERP_KEY, "application/pdf", "<html>".getBytes(StandardCharsets.UTF_8), null);
        byte[] large = new byte[64 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        HttpResponse<String> tooLarge = putDocument(number, TestSettings.ERP_KEY, "application/pdf", large, null);
        HttpResponse<String> wrongKey = putDocument(number, "nope", "application/pdf", PDF, null);
        HttpResponse<String> unknown =
                putDocument("AB-404-" + number, TestSettings.ERP_KEY, "application/pdf", PDF, null);

        assertThat(word.statusCode()).isEqualTo(415);
        assertThat(disguised.statusCode()).isEqualTo(415);
        assertThat(disguised.body()).contains("kein PDF");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("zu groß");
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(documents()).isEqualTo(documentsBefore);
        assertThat(jdbc.sql("select count(*) from customer_order where number = :n and document_id is not null")
                        .param("n", number)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static String order(String number) {
        return """
                {"number": "%s", "customerNumber": "K-10001",
                 "agreements": "Einweisung 2 h kostenlos, zugesagt von der Geschäftsleitung.",
                 "positions": [{"article": "Dell Latitude 5550", "quantity": 3, "unit": "Stück"},
                               {"article": "Patchkabel 2 m", "quantity": 2, "unit": "Beutel à 10"}]}""".formatted(number);
    }

    private static String number() {
        return "AB-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long orders(String number) {
        return jdbc.sql("select count(*) from customer_order where number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
    }

    private long documents() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }

    private HttpResponse<String> postOrder(String key, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/orders"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return send(request);
    }

    private HttpResponse<String> putDocument(
            String number, String key, String contentType, byte[] body, String disposition) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/orders/" + number + "/document"))
                .header("X-Api-Key", key)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (disposition != null) {
            request.header("Content-Disposition", disposition);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
