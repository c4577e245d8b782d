package org.incasso.documents.web;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.NotFoundException;
import org.incasso.common.ValidationException;
import org.incasso.documents.ClaimDocuments;
import org.incasso.documents.Document;
import org.incasso.documents.DocumentContent;
import org.incasso.documents.DocumentUpload;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload ({@code multipart/form-data} with the parts {@code file} and {@code type}) and download
 * of claim documents. Refusals come back as {@code {"errors":[{field, code, message}]}}, like
 * the GraphQL payload errors: 400 for bad input, 413 for a file over the limit, 404 for a claim or
 * document the caller may not see.
 */
@RestController
class DocumentController {

    private final ClaimDocuments documents;

    DocumentController(ClaimDocuments documents) {
        this.documents = documents;
    }

    /** Metadata of a stored document, as the upload answers it. */
    record DocumentJson(String id, String claimId, String type, String fileName, String mediaType, long size,
            String sha256, String uploadedBy, OffsetDateTime uploadedAt, String downloadUrl) {

        static DocumentJson of(Document d) {
            return new DocumentJson(d.id().toString(), d.claimId().toString(), d.type().name(), d.fileName(),
                    d.mediaType(), d.size(), d.sha256(), d.uploadedBy(), d.uploadedAt(), downloadPath(d.id()));
        }
    }

    record Errors(List<FieldViolation> errors) {
    }

    @PostMapping("/api/claims/{claimId}/documents")
    ResponseEntity<DocumentJson> upload(@PathVariable String claimId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "type", required = false) @Nullable String type) throws IOException {
        UUID claim = id(claimId, "claimId", "No such claim");
        DocumentUpload upload = file == null ? new DocumentUpload(type, null, null)
                : new DocumentUpload(type, file.getOriginalFilename(), file.getBytes());
        Document stored = documents.upload(claim, upload);
        return ResponseEntity.created(URI.create(downloadPath(stored.id()))).body(DocumentJson.of(stored));
    }

    @GetMapping("/api/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        DocumentContent content = documents.download(id(id, "id", "No such document"));
        Document document = content.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(content.bytes().length)
                .eTag(document.sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(document.fileName()))
                .body(content.bytes());
    }

    @ExceptionHandler
    ResponseEntity<Errors> refused(ValidationException e) {
        boolean tooLarge = e.violations().stream().anyMatch(v -> v.code() == ErrorCode.TOO_LARGE);
        return ResponseEntity.status(tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST)
                .body(new Errors(e.violations()));
    }

    @ExceptionHandler
    ResponseEntity<Errors> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new Errors(List.of(new FieldViolation(e.field(), ErrorCode.NOT_FOUND, e.getMessage()))));
    }

    /** A body that is not valid multipart. (Too large a body is answered by {@link UploadLimit}.) */
    @ExceptionHandler
    ResponseEntity<Errors> badMultipart(MultipartException e) {
        return ResponseEntity.badRequest().body(new Errors(List.of(
                new FieldViolation("file", ErrorCode.INVALID_FORMAT, "the request is not valid multipart/form-data"))));
    }

    static String downloadPath(UUID id) {
        return "/api/documents/" + id;
    }

    /** An id that is not even a UUID names nothing: "not found", like another tenant's id. */
    private static UUID id(String value, String field, String message) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(field, message);
        }
    }
}
