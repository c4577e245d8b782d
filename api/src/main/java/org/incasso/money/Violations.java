package org.incasso.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects field violations while validating, then throws them together. */
public final class Violations {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, ErrorCode code, String message) {
        found.add(new FieldViolation(field, code, message));
        return this;
    }

    /** Records a violation unless {@code ok}. */
    public Violations check(boolean ok, String field, ErrorCode code, String message) {
        return ok ? this : add(field, code, message);
    }

    /** Rates and points are percentages: 0 up to and including 100. */
    public Violations checkPercent(String field, BigDecimal percent) {
        boolean inRange = percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
        return check(inRange, field, ErrorCode.RATE_OUT_OF_RANGE, "must be between 0 and 100, was " + percent);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new DomainValidationException(found);
        }
    }
}
