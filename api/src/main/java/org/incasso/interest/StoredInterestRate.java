package org.incasso.interest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stored rate row: {@code table} is an ISO 3166 country code or {@link InterestRateService#ECB}
 * for the ECB main refinancing rate.
 */
public record StoredInterestRate(String table, LocalDate validFrom, BigDecimal percent, String createdBy) {
}
