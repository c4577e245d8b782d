package org.incasso.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An unpaid invoice of a claim; the amount is in the claim's currency. */
public record ClaimInvoice(UUID id, UUID claimId, String number, LocalDate invoiceDate, LocalDate dueDate,
        BigDecimal amount, String currency, @Nullable String description) {
}
