package org.incasso.documents;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of files a claim may hold, each with the media types that belong to it. Content and
 * name must fall into the same family: a JPEG named {@code .png} is still a picture, a PNG named
 * {@code .pdf} is not a PDF. Anything outside these families (executables, scripts, HTML, SVG,
 * archives, macro-enabled Office files) is refused.
 */
enum FileFamily {
    PDF("application/pdf"),
    IMAGE("image/png", "image/jpeg", "image/gif", "image/tiff", "image/bmp", "image/webp"),
    TEXT_DOCUMENT("application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/rtf"),
    SPREADSHEET("application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.spreadsheet"),
    PRESENTATION("application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.presentation"),
    EMAIL("message/rfc822", "application/vnd.ms-outlook"),
    // content detection says text/plain; the others are what names like .csv or .log imply
    PLAIN_TEXT("text/plain", "text/csv", "text/tab-separated-values", "text/x-log");

    private final Set<String> mediaTypes;

    FileFamily(String... mediaTypes) {
        this.mediaTypes = Set.of(mediaTypes);
    }

    static Optional<FileFamily> of(String mediaType) {
        return Arrays.stream(values()).filter(family -> family.mediaTypes.contains(mediaType)).findFirst();
    }
}
