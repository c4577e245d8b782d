/**
 * Payments on claims and the claim's financials (issue 4): registering payments received by the
 * agency and reporting payments made directly to the creditor (idempotent, allocated under
 * art. 6:44 BW), the financial summary with every figure explained, and the withdrawal quote.
 * The calculations are the plain domain of {@code financials}, {@code fees} and {@code interest};
 * this module gathers the facts of a claim and stores the payments.
 */
@NullMarked
package org.incasso.payments;

import org.jspecify.annotations.NullMarked;
