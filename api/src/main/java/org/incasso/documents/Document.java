package org.incasso.documents;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A document of a claim as stored, without its content.
 *
 * @param mediaType detected from the content, e.g. {@code application/pdf}
 * @param sha256 the content's SHA-256 as 64 lowercase hex digits
 * @param uploadedBy Keycloak user id of the uploader
 */
public record Document(UUID id, UUID claimId, DocumentType type, String fileName, String mediaType, long size,
        String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
}
