package org.incasso.payments;

import java.util.UUID;
import org.incasso.claims.ClaimPhase;
import org.incasso.fees.domain.WithdrawalFee;

/** What withdrawing a claim costs now, shown before the creditor confirms. */
public record WithdrawalQuote(UUID claimId, ClaimPhase phase, WithdrawalFee fee) {
}
