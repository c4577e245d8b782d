package org.incasso.payments;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment to register, as entered: the amount stays text until it is checked against the
 * claim's currency and precision, so every refusal names its field.
 *
 * @param overpayment must be {@code true} to accept more than the outstanding total
 */
public record PaymentRegistration(UUID claimId, String idempotencyKey, String amount, String currency,
        LocalDate receivedOn, boolean overpayment) {
}
