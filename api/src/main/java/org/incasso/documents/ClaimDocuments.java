package org.incasso.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.incasso.claims.ClaimService;
import org.incasso.common.ErrorCode;
import org.incasso.common.NotFoundException;
import org.incasso.common.ValidationException;
import org.incasso.common.Violations;
import org.incasso.documents.persistence.DocumentRepository;
import org.incasso.events.CaseEventLog;
import org.incasso.events.Visibility;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of claims. Whoever may read a claim (staff; the creditor on its own claims; the
 * assigned partner) may list and download its documents and add new ones; for everybody else the
 * claim, and so its documents, do not exist. A document is never changed once stored.
 */
@Service
public class ClaimDocuments {

    static final int MAX_FILE_NAME = 255;

    private final DocumentRepository documents;
    private final ContentTypes contentTypes;
    private final ClaimService claims;
    private final CaseEventLog events;
    private final CurrentUsers currentUsers;
    private final DocumentsProperties properties;

    ClaimDocuments(DocumentRepository documents, ContentTypes contentTypes, ClaimService claims, CaseEventLog events,
            CurrentUsers currentUsers, DocumentsProperties properties) {
        this.documents = documents;
        this.contentTypes = contentTypes;
        this.claims = claims;
        this.events = events;
        this.currentUsers = currentUsers;
        this.properties = properties;
    }

    /**
     * Stores a file for a claim, with the media type detected from its content, and records
     * {@code DOCUMENT_ADDED} in the same transaction. Refused input stores nothing.
     */
    @Transactional
    public Document upload(UUID claimId, DocumentUpload upload) {
        CurrentUser user = currentUsers.require();
        claims.find(claimId).orElseThrow(() -> new NotFoundException("claimId", "No such claim"));
        Checked file = checked(upload);
        Document stored = documents.insert(UUID.randomUUID(), claimId, file.type(), file.name(), file.mediaType(),
                sha256(file.content()), file.content(), user.subject());
        events.append(claimId, "DOCUMENT_ADDED", Visibility.SHARED, Map.of("documentId", stored.id().toString(),
                "type", stored.type().name(), "fileName", stored.fileName(), "mediaType", stored.mediaType(),
                "size", stored.size()));
        return stored;
    }

    /**
     * Checks a file as {@link #upload} would (type, name, size, content) without storing it, so a
     * form can refuse it before anything else happens.
     */
    public void check(DocumentUpload upload) {
        checked(upload);
    }

    /** A document with its content; "not found" unless the caller may read its claim. */
    @Transactional(readOnly = true)
    public DocumentContent download(UUID id) {
        currentUsers.require();
        Document document = documents.findById(id).filter(found -> claims.find(found.claimId()).isPresent())
                .orElseThrow(() -> new NotFoundException("id", "No such document"));
        byte[] content = documents.content(id).orElseThrow(() -> new NotFoundException("id", "No such document"));
        return new DocumentContent(document, content);
    }

    /** The documents of claims the caller already read (batch loading), oldest first, without content. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Document>> documentsOf(Collection<UUID> claimIds) {
        currentUsers.require();
        return claimIds.isEmpty() ? Map.of() : documents.byClaims(claimIds);
    }

    private long maxSize() {
        return properties.maxSize().toBytes();
    }

    private record Checked(DocumentType type, String name, byte[] content, String mediaType) {
    }

    private Checked checked(DocumentUpload upload) {
        Violations violations = new Violations();
        DocumentType type = type(upload.type(), violations);
        String name = fileName(upload.fileName());
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            violations.add("file", ErrorCode.REQUIRED, content == null ? "a file is required" : "the file is empty");
        } else if (content.length > maxSize()) {
            violations.add("file", ErrorCode.TOO_LARGE, tooLarge(properties));
        } else if (name == null) {
            violations.add("file", ErrorCode.REQUIRED, "the file needs a name");
        } else if (name.length() > MAX_FILE_NAME) {
            violations.add("file", ErrorCode.TOO_LONG, "the file name must be at most " + MAX_FILE_NAME + " characters");
        }
        violations.throwIfAny();
        // only well-formed input reaches the detector; its refusal names the field "file"
        return new Checked(Objects.requireNonNull(type), Objects.requireNonNull(name), Objects.requireNonNull(content),
                contentTypes.detect(content, name));
    }

    /** The message for a file over the limit, shared with the web layer's multipart limit. */
    public static String tooLarge(DocumentsProperties properties) {
        long bytes = properties.maxSize().toBytes();
        String limit = bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
        return "the file is larger than the limit of " + limit;
    }

    private static @Nullable DocumentType type(@Nullable String value, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add("type", ErrorCode.REQUIRED, "is required");
            return null;
        }
        try {
            return DocumentType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add("type", ErrorCode.INVALID_FORMAT, "must be one of " + Arrays.toString(DocumentType.values()));
            return null;
        }
    }

    /** The last path segment (browsers may send {@code C:\fakepath\x.pdf}), without control characters. */
    static @Nullable String fileName(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String last = value.substring(Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("\\p{Cntrl}", "").strip();
        return clean.isEmpty() ? null : clean;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
