package de.servicebot.bot.feature.document;

import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.document.Document;
import de.servicebot.core.document.DocumentService;
import de.servicebot.core.shared.DomainException;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Opens a document from its link on a ticket card ({@code GET /documents/<token>}): only with a link we signed, not
 * expired, for a person still on staff who may see tickets, and for a document kept with the ticket the link names.
 * Anything else gets a short page saying what to do, never the document.
 */
@RestController
class DocumentController {

    private static final Logger log = LoggerFactory.getLogger(DocumentController.class);

    private final DocumentLinks links;
    private final DocumentService documents;
    private final StaffRepository staff;
    private final Transactions transactions;
    private final Messages messages;

    DocumentController(
            DocumentLinks links,
            DocumentService documents,
            StaffRepository staff,
            Transactions transactions,
            Messages messages) {
        this.links = links;
        this.documents = documents;
        this.staff = staff;
        this.transactions = transactions;
        this.messages = messages;
    }

    @GetMapping(DocumentLinks.PATH + "{token}")
    ResponseEntity<?> open(@PathVariable String token, HttpServletRequest request) {
        Language asked = Optional.ofNullable(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .flatMap(Language::parse)
                .orElse(Language.DE);
        DocumentLinks.Checked checked = links.check(token);
        if (checked instanceof DocumentLinks.Checked.Valid valid) {
            return send(valid.grant(), asked);
        }
        return checked instanceof DocumentLinks.Checked.Expired
                ? page(HttpStatus.GONE, "document.link-expired", asked)
                : page(HttpStatus.NOT_FOUND, "document.link-invalid", asked);
    }

    private ResponseEntity<?> send(DocumentLinks.Grant grant, Language asked) {
        Optional<StaffMember> person = staff.findById(grant.person()).filter(StaffMember::active);
        if (person.isEmpty()) {
            return page(HttpStatus.FORBIDDEN, "document.link-not-staff", asked);
        }
        Language language = person.get().language();
        Document document;
        try {
            document = transactions.inTransaction(() -> documents.open(grant.ticket(), grant.document(), person.get()));
        } catch (DomainException refused) {
            return refused.code().equals("document.not-found")
                    ? page(HttpStatus.NOT_FOUND, "document.not-found", language)
                    : page(HttpStatus.FORBIDDEN, "document.link-not-staff", language);
        }
        log.info("Document {} of ticket {} opened by {}", grant.document(), grant.ticket(), grant.person());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(document.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body(document.content());
    }

    /** A page that says, in the person's language, why there is no document and what to do. */
    private ResponseEntity<String> page(HttpStatus status, String code, Language language) {
        String text = HtmlUtils.htmlEscape(messages.text(language, code), "UTF-8");
        String html = "<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
                + "<title>Servicebot</title></head><body style=\"font-family: sans-serif\"><p>" + text
                + "</p></body></html>";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(html);
    }
}
