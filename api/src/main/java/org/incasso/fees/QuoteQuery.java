package org.incasso.fees;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a prospective creditor enters for a free quote: the debtor's country, the outstanding
 * amount (decimal string and ISO 4217 code) and the oldest invoice's due date; the planned
 * submission date defaults to today.
 */
public record QuoteQuery(String debtorCountry, String amount, String currency, LocalDate oldestDueDate,
        @Nullable LocalDate submissionDate) {
}
