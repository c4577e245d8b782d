package org.incasso.fees.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Principals above {@code lowerExclusive} up to and including {@code upperInclusive}
 * (open-ended when {@code null}), in the schedule's currency: "principal ≤ or > EUR 2,500".
 */
public record AmountBand(String name, BigDecimal lowerExclusive, @Nullable BigDecimal upperInclusive) {

    public AmountBand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lowerExclusive, "lowerExclusive");
    }

    public boolean contains(BigDecimal principal) {
        return principal.compareTo(lowerExclusive) > 0
                && (upperInclusive == null || principal.compareTo(upperInclusive) <= 0);
    }

    public String describe() {
        return upperInclusive == null
                ? "above " + lowerExclusive.toPlainString()
                : "above " + lowerExclusive.toPlainString() + " up to and including " + upperInclusive.toPlainString();
    }
}
