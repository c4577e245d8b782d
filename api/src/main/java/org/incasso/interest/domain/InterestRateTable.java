package org.incasso.interest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Violations;

/**
 * Rates of one interest regime (e.g. Dutch statutory commercial interest), each in force from its
 * date until the next. The rows are data that admins extend; the factories only seed defaults.
 */
public record InterestRateTable(String name, List<InterestRate> rates) {

    public InterestRateTable {
        Objects.requireNonNull(name, "name");
        rates = rates.stream().sorted(Comparator.comparing(InterestRate::validFrom)).toList();
        Violations violations = new Violations();
        violations.check(!rates.isEmpty(), "rates", ErrorCode.REQUIRED, "a rate table needs at least one rate");
        for (int i = 1; i < rates.size(); i++) {
            violations.check(!rates.get(i).validFrom().equals(rates.get(i - 1).validFrom()),
                    "rates[" + i + "].validFrom", ErrorCode.DUPLICATE_VALID_FROM,
                    "two rates from " + rates.get(i).validFrom());
        }
        violations.throwIfAny();
    }

    /** Art. 6:119a BW rates as listed in the product brief (ECB main refinancing rate + 8 points). */
    public static InterestRateTable dutchStatutoryCommercial() {
        return new InterestRateTable("NL statutory commercial interest (art. 6:119a BW)", List.of(
                InterestRate.of("2016-07-01", "8.00"),
                InterestRate.of("2023-01-01", "10.50"),
                InterestRate.of("2023-07-01", "12.00"),
                InterestRate.of("2024-01-01", "12.50"),
                InterestRate.of("2024-07-01", "12.25"),
                InterestRate.of("2025-01-01", "11.15"),
                InterestRate.of("2025-07-01", "10.15"),
                InterestRate.of("2026-01-01", "10.15")));
    }

    /** Directive 2011/7/EU default: the ECB reference rate plus {@code points}, row by row. */
    public static InterestRateTable ecbPlus(String name, List<InterestRate> ecbRates, BigDecimal points) {
        return new InterestRateTable(name, ecbRates.stream()
                .map(r -> new InterestRate(r.validFrom(), r.percent().add(points)))
                .toList());
    }

    /** The rate in force on {@code day}: the latest row whose date is not after it. */
    public BigDecimal percentOn(LocalDate day) {
        InterestRate inForce = null;
        for (InterestRate rate : rates) {
            if (!rate.validFrom().isAfter(day)) {
                inForce = rate;
            }
        }
        if (inForce == null) {
            throw DomainValidationException.of("dueDate", ErrorCode.NO_RATE_IN_FORCE,
                    name + " has no rate in force on " + day);
        }
        return inForce.percent();
    }

    /** Dates after {@code from} up to and including {@code to} on which a new rate starts. */
    List<LocalDate> changesAfter(LocalDate from, LocalDate to) {
        return rates.stream()
                .map(InterestRate::validFrom)
                .filter(d -> d.isAfter(from) && !d.isAfter(to))
                .toList();
    }
}
