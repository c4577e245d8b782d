package org.incasso.claims;

import org.incasso.fees.domain.CommissionTerms;
import org.incasso.fees.domain.WithdrawalFee;

/**
 * What withdrawing a claim costs now (intrekking): the commission terms the claim keeps from the
 * fee schedule in force at submission, and the fee on the outstanding principal.
 */
public record WithdrawalQuote(CommissionTerms terms, WithdrawalFee fee) {
}
