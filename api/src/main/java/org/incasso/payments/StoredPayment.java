package org.incasso.payments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.incasso.financials.domain.Payment;
import org.incasso.financials.domain.PaymentSource;
import org.incasso.money.Money;

/**
 * A payment as stored. {@code overpayment} is the part above the outstanding total at registration,
 * accepted only because the registration confirmed it.
 */
public record StoredPayment(UUID id, UUID claimId, PaymentSource source, Money amount, LocalDate receivedOn,
        Money overpayment, String idempotencyKey, String registeredBy, OffsetDateTime registeredAt) {

    /**
     * The payment for a ledger replay. Stored payments were accepted when registered, so a replay
     * never refuses them again (a later back-dated payment may shift what counts as "excess").
     */
    public Payment toLedgerPayment() {
        return new Payment(id.toString(), receivedOn, amount, source, true);
    }
}
