package org.incasso.persistence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.incasso.common.ErrorCode;
import org.incasso.common.ValidationException;

/**
 * Opaque cursors for keyset paging: the sort-key values of the last row, length-prefixed and
 * base64url-encoded. Clients must treat them as opaque.
 */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(List<String> values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(value.length()).append(':').append(value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> decode(String cursor, int expectedValues) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = new ArrayList<>();
            int at = 0;
            while (at < text.length()) {
                int colon = text.indexOf(':', at);
                int length = Integer.parseInt(text.substring(at, colon));
                values.add(text.substring(colon + 1, colon + 1 + length));
                at = colon + 1 + length;
            }
            if (values.size() != expectedValues) {
                throw invalid();
            }
            return values;
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("after", ErrorCode.INVALID_FORMAT, "is not a cursor of this list");
    }
}
