package org.incasso.money;

import java.util.Objects;

/** One thing wrong with one input field, e.g. {@code ("principal.amount", TOO_MANY_DECIMALS, "...")}. */
public record FieldViolation(String field, ErrorCode code, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
