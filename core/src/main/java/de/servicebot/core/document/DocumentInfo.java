package de.servicebot.core.document;

import java.time.Instant;

/** What a list of documents shows, without the content. */
public record DocumentInfo(DocumentId id, String fileName, String contentType, int size, Instant storedAt) {}
