package org.incasso.documents.web;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a stored file name that may hold any character:
 * an ASCII fallback in {@code filename} (quotes, backslashes and non-ASCII replaced) and the exact
 * name in {@code filename*} (RFC 6266 / RFC 8187 percent-encoding of the UTF-8 bytes).
 */
final class Attachments {

    // RFC 8187 attr-char besides letters and digits
    private static final String ATTR_CHAR_MARKS = "!#$&+-.^_`|~";

    private Attachments() {
    }

    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    private static String asciiFallback(String fileName) {
        StringBuilder fallback = new StringBuilder();
        fileName.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return fallback.toString();
    }

    private static String encoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHAR_MARKS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
