package de.servicebot.bot.orders;

import de.servicebot.bot.config.ServicebotProperties;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.document.Document;
import de.servicebot.core.order.Order;
import de.servicebot.core.order.OrderService;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Where the ERP delivers orders ({@code POST /api/orders}, JSON) and their documents ({@code PUT
 * /api/orders/{number}/document}, PDF). Every request carries the configured key in {@code X-Api-Key}. Answers are
 * RFC 9457 problem details with the refusal's code and a text in the language asked for (German by default); a
 * refused request stores nothing.
 */
@RestController
class OrderIntakeController {

    private static final Logger log = LoggerFactory.getLogger(OrderIntakeController.class);
    private static final Set<String> NOT_FOUND = Set.of("order.not-found");
    private static final Set<String> CONFLICT = Set.of("order.number-taken");
    private static final Set<String> TOO_LARGE = Set.of("document.too-large");
    private static final Set<String> UNSUPPORTED = Set.of("document.not-pdf");

    private final OrderService orders;
    private final Messages messages;
    private final ServicebotProperties.Orders settings;
    /** Strict about types: a number or a boolean where the order has text is refused, not turned into text. */
    private final JsonMapper json = JsonMapper.builder()
            .withCoercionConfig(
                    LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    OrderIntakeController(OrderService orders, Messages messages, ServicebotProperties properties) {
        this.orders = orders;
        this.messages = messages;
        this.settings = properties.orders();
    }

    @PostMapping("/api/orders")
    ResponseEntity<?> receive(
            @RequestHeader(name = "X-Api-Key", required = false) String key, HttpServletRequest request) {
        Language language = language(request);
        if (!authorized(key)) {
            return problem(HttpStatus.UNAUTHORIZED, "api.key-invalid", language);
        }
        if (!isJson(request.getContentType())) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.json-expected", language);
        }
        byte[] body;
        try {
            body = read(request, settings.maxOrderSize().toBytes());
        } catch (TooLarge tooLarge) {
            return problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "api.order-too-large",
                    language,
                    settings.maxOrderSize().toKilobytes());
        }
        OrderJson parsed;
        try {
            JsonNode tree = json.readTree(body);
            if (containsNul(tree)) {
                return problem(HttpStatus.BAD_REQUEST, "api.text-nul", language);
            }
            parsed = json.treeToValue(tree, OrderJson.class);
        } catch (JacksonException garbled) {
            return problem(HttpStatus.BAD_REQUEST, "api.json-invalid", language);
        }
        if (parsed == null) {
            return problem(HttpStatus.BAD_REQUEST, "api.json-invalid", language);
        }
        try {
            Order order = orders.receive(parsed.toNewOrder());
            log.info("Order {} received for customer {}", order.id(), order.customerId());
            return ResponseEntity.created(URI.create("/api/orders/" + order.number()))
                    .body(Map.of("id", order.id().toString(), "number", order.number()));
        } catch (DomainException refused) {
            return refusal(refused, language);
        }
    }

    @PutMapping("/api/orders/{number}/document")
    ResponseEntity<?> document(
            @PathVariable String number,
            @RequestHeader(name = "X-Api-Key", required = false) String key,
            HttpServletRequest request) {
        Language language = language(request);
        if (!authorized(key)) {
            return problem(HttpStatus.UNAUTHORIZED, "api.key-invalid", language);
        }
        if (!isPdf(request.getContentType())) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document.not-pdf", language);
        }
        long max = orders.maxDocumentBytes();
        if (request.getContentLengthLong() > max) {
            return refusal(new DomainException("document.too-large", max / (1024 * 1024)), language);
        }
        byte[] content;
        try {
            content = read(request, max);
        } catch (TooLarge tooLarge) {
            return refusal(new DomainException("document.too-large", max / (1024 * 1024)), language);
        }
        try {
            Document stored = orders.attachDocument(number, fileName(request), content);
            log.info("Document {} ({} bytes) kept with order {}", stored.id(), stored.size(), number);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("id", stored.id().toString(), "fileName", stored.fileName()));
        } catch (DomainException refused) {
            return refusal(refused, language);
        }
    }

    /** Whether any text in the JSON holds a NUL character, which no text of an order may (PostgreSQL refuses it). */
    private static boolean containsNul(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isString()) {
            return node.asString().indexOf('\u0000') >= 0;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().indexOf('\u0000') >= 0 || containsNul(field.getValue())) {
                return true;
            }
        }
        for (JsonNode item : node.values()) {
            if (containsNul(item)) {
                return true;
            }
        }
        return false;
    }

    private ResponseEntity<ProblemDetail> refusal(DomainException refused, Language language) {
        String code = refused.code();
        HttpStatus status = NOT_FOUND.contains(code)
                ? HttpStatus.NOT_FOUND
                : CONFLICT.contains(code)
                        ? HttpStatus.CONFLICT
                        : TOO_LARGE.contains(code)
                                ? HttpStatus.CONTENT_TOO_LARGE
                                : UNSUPPORTED.contains(code)
                                        ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                                        : HttpStatus.BAD_REQUEST;
        return problem(status, refused, language);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, Language language, Object... args) {
        return problem(status, new DomainException(code, args), language);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, DomainException refused, Language language) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.of(refused, language));
        problem.setProperty("code", refused.code());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private boolean authorized(String key) {
        return settings.enabled()
                && key != null
                && MessageDigest.isEqual(
                        key.getBytes(StandardCharsets.UTF_8), settings.apiKey().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isJson(String contentType) {
        return mediaType(contentType)
                .map(MediaType.APPLICATION_JSON::isCompatibleWith)
                .orElse(false);
    }

    private static boolean isPdf(String contentType) {
        return mediaType(contentType)
                .map(MediaType.APPLICATION_PDF::isCompatibleWith)
                .orElse(false);
    }

    private static java.util.Optional<MediaType> mediaType(String contentType) {
        try {
            return java.util.Optional.ofNullable(contentType).map(MediaType::parseMediaType);
        } catch (RuntimeException garbled) {
            return java.util.Optional.empty();
        }
    }

    /** The language of the answer: the first one asked for that Servicebot speaks, German otherwise. */
    private static Language language(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.DE;
        }
        return java.util.Collections.list(request.getLocales()).stream()
                .flatMap(locale -> Language.parse(locale.toLanguageTag()).stream())
                .findFirst()
                .orElse(Language.DE);
    }

    private static String fileName(HttpServletRequest request) {
        String disposition = request.getHeader("Content-Disposition");
        if (disposition == null) {
            return "";
        }
        try {
            String name = ContentDisposition.parse(disposition).getFilename();
            return name == null ? "" : name;
        } catch (RuntimeException garbled) {
            return "";
        }
    }

    /** The body, refused once it is longer than {@code max}, whatever Content-Length said. */
    private static byte[] read(HttpServletRequest request, long max) {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw new TooLarge();
            }
            return body;
        } catch (IOException broken) {
            throw new java.io.UncheckedIOException(broken);
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
