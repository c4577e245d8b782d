package org.incasso.interest;

import org.incasso.interest.domain.InterestRateTable;

/**
 * The rate table that applies to debtors in {@code country}: its own rows, or (when
 * {@code ecbFallback}) the ECB reference rate + 8 points.
 */
public record InterestRateTableView(String country, boolean ecbFallback, InterestRateTable table) {
}
