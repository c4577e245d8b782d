package org.incasso.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.incasso.common.ErrorCode;
import org.incasso.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the content says decides; the name may only agree with it. */
class ContentTypesTest {

    private final ContentTypes contentTypes = new ContentTypes();

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("invoice.pdf", file(SampleFiles::pdf), "application/pdf"),
                Arguments.of("scan.png", file(SampleFiles::png), "image/png"),
                Arguments.of("photo.jpg", file(SampleFiles::jpeg), "image/jpeg"),
                Arguments.of("photo.png", file(SampleFiles::jpeg), "image/jpeg"),
                Arguments.of("stamp.gif", file(SampleFiles::gif), "image/gif"),
                Arguments.of("agreement.docx", file(SampleFiles::docx),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("terms.odt", file(SampleFiles::odt), "application/vnd.oasis.opendocument.text"),
                Arguments.of("reminder.eml", file(SampleFiles::eml), "message/rfc822"),
                Arguments.of("reminder.msg", file(SampleFiles::msg), "application/vnd.ms-outlook"),
                Arguments.of("note.txt", file(SampleFiles::text), "text/plain"),
                Arguments.of("payments.csv", file(SampleFiles::text), "text/plain"),
                Arguments.of("scan", file(SampleFiles::pdf), "application/pdf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void accepted(String name, Supplier<byte[]> content, String mediaType) {
        assertThat(contentTypes.detect(content.get(), name)).isEqualTo(mediaType);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("invoice.pdf", file(SampleFiles::elf), ErrorCode.UNSUPPORTED_MEDIA_TYPE),
                Arguments.of("invoice.pdf", file(SampleFiles::windowsExecutable), ErrorCode.UNSUPPORTED_MEDIA_TYPE),
                Arguments.of("notes.txt", file(SampleFiles::shellScript), ErrorCode.UNSUPPORTED_MEDIA_TYPE),
                Arguments.of("letter.txt", file(SampleFiles::html), ErrorCode.UNSUPPORTED_MEDIA_TYPE),
                Arguments.of("invoice.pdf", file(SampleFiles::png), ErrorCode.MEDIA_TYPE_MISMATCH),
                Arguments.of("invoice.pdf", file(SampleFiles::text), ErrorCode.MEDIA_TYPE_MISMATCH),
                Arguments.of("agreement.docx", file(SampleFiles::pdf), ErrorCode.MEDIA_TYPE_MISMATCH),
                Arguments.of("invoice.exe", file(SampleFiles::pdf), ErrorCode.MEDIA_TYPE_MISMATCH));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource
    void refused(String name, Supplier<byte[]> content, ErrorCode code) {
        assertThatThrownBy(() -> contentTypes.detect(content.get(), name))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("file");
                        assertThat(v.code()).isEqualTo(code);
                    });
                });
    }

    private static Supplier<byte[]> file(Supplier<byte[]> supplier) {
        return supplier;
    }
}
