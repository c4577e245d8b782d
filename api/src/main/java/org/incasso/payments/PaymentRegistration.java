package org.incasso.payments;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment to register, as entered: the amount stays text until it is checked against the
 * claim's currency and precision, so every refusal names its field.
 *
 * @param receivedOn {@code null} when left empty in a form (refused as required)
 * @param overpayment must be {@code true} to accept more than the outstanding total
 * @param note optional words of whoever enters it (e.g. how the debtor paid); kept in the case event
 */
public record PaymentRegistration(UUID claimId, String idempotencyKey, String amount, String currency,
        @Nullable LocalDate receivedOn, boolean overpayment, @Nullable String note) {
}
