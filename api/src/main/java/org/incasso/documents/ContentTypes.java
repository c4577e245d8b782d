package org.incasso.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.incasso.common.ErrorCode;
import org.incasso.common.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Decides what a file is from its bytes (Apache Tika), never from its name: magic bytes, plus
 * container detection that looks inside ZIP (OOXML, OpenDocument) and OLE2 (legacy Office,
 * Outlook .msg) files. The name only has to agree with the content.
 */
@Component
class ContentTypes {

    private static final String FIELD = "file";

    // MimeTypes (magic) and the container detectors found on the class path (zip, POIFS)
    private final Detector detector = new DefaultDetector();
    private final MimeTypes byName = MimeTypes.getDefaultMimeTypes();

    /** The detected media type of an accepted file; refuses unsupported content and contradicting names. */
    String detect(byte[] content, String fileName) {
        String detected = fromContent(content);
        FileFamily family = FileFamily.of(detected).orElseThrow(() -> ValidationException.of(FIELD,
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, "files of type " + detected + " are not accepted; accepted are "
                        + "PDF, images, Office and OpenDocument files, e-mails (.eml, .msg) and plain text"));
        impliedByName(fileName).ifPresent(implied -> {
            if (FileFamily.of(implied).filter(family::equals).isEmpty()) {
                throw ValidationException.of(FIELD, ErrorCode.MEDIA_TYPE_MISMATCH, "the content is " + detected
                        + " but the name " + fileName + " says " + implied);
            }
        });
        return detected;
    }

    private String fromContent(byte[] content) {
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            // no resource name in the metadata: the name must not steer the detection
            return detector.detect(stream, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the extension of the name stands for; empty when the name does not say. */
    private Optional<String> impliedByName(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            MediaType type = byName.detect(null, metadata);
            return MediaType.OCTET_STREAM.equals(type) ? Optional.empty() : Optional.of(type.getBaseType().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
