package org.incasso.money;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input to a money or law calculation. Carries every violation found, so a form can mark all
 * offending fields at once; each violation names its field and a typed {@link ErrorCode}.
 */
public final class DomainValidationException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public DomainValidationException(List<FieldViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static DomainValidationException of(String field, ErrorCode code, String message) {
        return new DomainValidationException(List.of(new FieldViolation(field, code, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** The first violation's field; convenient when only one thing can be wrong. */
    public String field() {
        return violations.getFirst().field();
    }

    /** The first violation's code; convenient when only one thing can be wrong. */
    public ErrorCode code() {
        return violations.getFirst().code();
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.stream()
                .map(v -> v.field() + ": " + v.code() + " (" + v.message() + ")")
                .collect(Collectors.joining("; "));
    }
}
