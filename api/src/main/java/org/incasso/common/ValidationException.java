package org.incasso.common;

import java.util.List;

/** Input was refused; nothing was stored. Carries every violation found, not just the first. */
public class ValidationException extends RuntimeException {

    private final List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, ErrorCode code, String message) {
        return new ValidationException(List.of(new FieldViolation(field, code, message)));
    }

    /** The same violations with every field put under {@code prefix}, e.g. {@code name} → {@code debtor.name}. */
    public ValidationException prefixed(String prefix) {
        return new ValidationException(violations.stream()
                .map(v -> new FieldViolation(prefix + "." + v.field(), v.code(), v.message())).toList());
    }

    /** Runs {@code action}; its refusal names every field under {@code prefix} (see {@link #prefixed(String)}). */
    public static <T> T under(String prefix, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ValidationException e) {
            throw e.prefixed(prefix);
        }
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String summary(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid input");
    }
}
