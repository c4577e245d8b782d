package org.incasso.documents;

/** A document with its content, for download. */
public record DocumentContent(Document document, byte[] bytes) {
}
