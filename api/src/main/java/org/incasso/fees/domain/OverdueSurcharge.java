package org.incasso.fees.domain;

import java.math.BigDecimal;

/** Extra commission points when the oldest invoice is more than {@code thresholdDays} overdue at submission. */
public record OverdueSurcharge(int thresholdDays, BigDecimal points) {

    public boolean appliesTo(long daysOverdue) {
        return daysOverdue > thresholdDays;
    }
}
