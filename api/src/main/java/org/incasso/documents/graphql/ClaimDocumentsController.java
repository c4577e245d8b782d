package org.incasso.documents.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.incasso.claims.Claim;
import org.incasso.documents.ClaimDocuments;
import org.incasso.documents.Document;
import org.incasso.documents.DocumentType;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code Claim.documents}: batch-loaded for all claims of a response in one statement. */
@Controller
class ClaimDocumentsController {

    static final String DOCUMENTS = "claimDocuments";

    /** The schema's Document. */
    record DocumentNode(String id, DocumentType type, String fileName, String mediaType, long size, String sha256,
            String uploadedBy, OffsetDateTime uploadedAt, String downloadUrl) {

        static DocumentNode of(Document d) {
            return new DocumentNode(d.id().toString(), d.type(), d.fileName(), d.mediaType(), d.size(), d.sha256(),
                    d.uploadedBy(), d.uploadedAt(), "/api/documents/" + d.id());
        }
    }

    ClaimDocumentsController(ClaimDocuments documents, BatchLoaderRegistry loaders) {
        loaders.<UUID, List<Document>>forName(DOCUMENTS).registerMappedBatchLoader(
                (ids, environment) -> Mono.fromCallable(() -> documents.documentsOf(ids)));
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<List<DocumentNode>> documents(Claim claim, DataFetchingEnvironment env) {
        return env.<UUID, List<Document>>getDataLoader(DOCUMENTS).load(claim.id())
                .thenApply(list -> list == null ? List.of() : list.stream().map(DocumentNode::of).toList());
    }
}
