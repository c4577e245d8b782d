package org.incasso.documents.web;

import java.util.List;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.documents.ClaimDocuments;
import org.incasso.documents.DocumentsProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The servlet container stops reading an upload at the multipart limit, before any controller is
 * chosen; only an advice without a controller selector sees that exception. It answers in the
 * same shape as {@link DocumentController}'s own refusals.
 */
@RestControllerAdvice
class UploadLimit {

    private final DocumentsProperties properties;

    UploadLimit(DocumentsProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler
    ResponseEntity<DocumentController.Errors> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(new DocumentController.Errors(
                List.of(new FieldViolation("file", ErrorCode.TOO_LARGE, ClaimDocuments.tooLarge(properties)))));
    }
}
