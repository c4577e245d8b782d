package org.incasso.documents.persistence;

import static org.incasso.persistence.db.Tables.DOCUMENT;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.incasso.documents.Document;
import org.incasso.documents.DocumentType;
import org.incasso.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

/** Documents in PostgreSQL. Only {@link #content} reads the bytes; every other statement leaves them out. */
@Repository
public class DocumentRepository {

    private static final List<SelectField<?>> METADATA = List.of(DOCUMENT.ID, DOCUMENT.CLAIM_ID, DOCUMENT.TYPE,
            DOCUMENT.FILE_NAME, DOCUMENT.MEDIA_TYPE, DOCUMENT.SIZE_BYTES, DOCUMENT.SHA256, DOCUMENT.UPLOADED_BY,
            DOCUMENT.UPLOADED_AT);

    private final DSLContext dsl;

    DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Document insert(UUID id, UUID claimId, DocumentType type, String fileName, String mediaType, String sha256,
            byte[] content, String uploadedBy) {
        return dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.TENANT_ID, TenantContext.require())
                .set(DOCUMENT.ID, id)
                .set(DOCUMENT.CLAIM_ID, claimId)
                .set(DOCUMENT.TYPE, type.name())
                .set(DOCUMENT.FILE_NAME, fileName)
                .set(DOCUMENT.MEDIA_TYPE, mediaType)
                .set(DOCUMENT.SIZE_BYTES, (long) content.length)
                .set(DOCUMENT.SHA256, sha256)
                .set(DOCUMENT.CONTENT, content)
                .set(DOCUMENT.UPLOADED_BY, uploadedBy)
                .returningResult(METADATA)
                .fetchSingle(DocumentRepository::toDocument);
    }

    public Optional<Document> findById(UUID id) {
        return dsl.select(METADATA).from(DOCUMENT)
                .where(DOCUMENT.TENANT_ID.eq(TenantContext.require()), DOCUMENT.ID.eq(id))
                .fetchOptional(DocumentRepository::toDocument);
    }

    public Optional<byte[]> content(UUID id) {
        return dsl.select(DOCUMENT.CONTENT).from(DOCUMENT)
                .where(DOCUMENT.TENANT_ID.eq(TenantContext.require()), DOCUMENT.ID.eq(id))
                .fetchOptional(DOCUMENT.CONTENT);
    }

    /** The documents of many claims in one statement, oldest first. */
    public Map<UUID, List<Document>> byClaims(Collection<UUID> claimIds) {
        return dsl.select(METADATA).from(DOCUMENT)
                .where(DOCUMENT.TENANT_ID.eq(TenantContext.require()), DOCUMENT.CLAIM_ID.in(claimIds))
                .orderBy(DOCUMENT.UPLOADED_AT, DOCUMENT.ID)
                .fetch(DocumentRepository::toDocument).stream()
                .collect(Collectors.groupingBy(Document::claimId, LinkedHashMap::new, Collectors.toList()));
    }

    private static Document toDocument(Record r) {
        return new Document(r.get(DOCUMENT.ID), r.get(DOCUMENT.CLAIM_ID), DocumentType.valueOf(r.get(DOCUMENT.TYPE)),
                r.get(DOCUMENT.FILE_NAME), r.get(DOCUMENT.MEDIA_TYPE), r.get(DOCUMENT.SIZE_BYTES),
                r.get(DOCUMENT.SHA256), r.get(DOCUMENT.UPLOADED_BY), r.get(DOCUMENT.UPLOADED_AT));
    }
}
