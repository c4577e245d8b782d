package org.incasso.interest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.incasso.money.Violations;

/** A yearly interest rate in per cent, in force from {@code validFrom} until the next one. */
public record InterestRate(LocalDate validFrom, BigDecimal percent) {

    public InterestRate {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(percent, "percent");
        new Violations().checkPercent("percent", percent).throwIfAny();
    }

    public static InterestRate of(String validFrom, String percent) {
        return new InterestRate(LocalDate.parse(validFrom), new BigDecimal(percent));
    }
}
