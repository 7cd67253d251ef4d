package de.servicebot.core.document;

import de.servicebot.core.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document kept with a ticket (Dokumente), such as the order (Auftrag) from the ERP. Only PDF is taken: the content
 * must start like a PDF, whatever the sender claims it is.
 */
public final class Document {

    public static final String PDF = "application/pdf";
    public static final int MAX_FILE_NAME = 200;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    private final DocumentId id;
    private final String fileName;
    private final String contentType;
    private final byte[] content;
    private final Instant storedAt;

    private Document(DocumentId id, String fileName, String contentType, byte[] content, Instant storedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = content.clone();
        this.storedAt = Objects.requireNonNull(storedAt, "storedAt");
    }

    /**
     * A PDF, checked: not empty, at most {@code maxBytes}, and starting with {@code %PDF-}. The file name is cleaned of
     * path parts and characters no file system takes; a missing name becomes {@code fallbackName}.
     */
    public static Document pdf(String fileName, byte[] content, long maxBytes, String fallbackName, Instant now) {
        Objects.requireNonNull(content, "content");
        DomainException.require(content.length > 0, "document.empty");
        DomainException.require(content.length <= maxBytes, "document.too-large", maxBytes / (1024 * 1024));
        DomainException.require(
                content.length >= PDF_MAGIC.length
                        && Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC),
                "document.not-pdf");
        return new Document(DocumentId.newId(), cleanName(fileName, fallbackName), PDF, content, now);
    }

    public static Document restore(
            DocumentId id, String fileName, String contentType, byte[] content, Instant storedAt) {
        return new Document(id, fileName, contentType, content, storedAt);
    }

    private static String cleanName(String fileName, String fallbackName) {
        String name = fileName == null ? "" : fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = UNSAFE_IN_NAME.matcher(name.substring(slash + 1)).replaceAll("_");
        if (name.isBlank()) {
            name = fallbackName;
        }
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(name.length() - MAX_FILE_NAME);
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }

    public DocumentId id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    public Instant storedAt() {
        return storedAt;
    }
}
