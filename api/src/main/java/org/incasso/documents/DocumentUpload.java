package org.incasso.documents;

import org.jspecify.annotations.Nullable;

/**
 * A file to add to a claim, as received: every part is checked by {@link ClaimDocuments}.
 *
 * @param type the name of a {@link DocumentType}
 * @param fileName the name the uploader gave the file (a path is cut off)
 */
public record DocumentUpload(@Nullable String type, @Nullable String fileName, byte @Nullable [] content) {
}
