/**
 * The claim wizard (creditor journey, step 2): your details, the debtor, invoices, documents, your
 * account and a review with the quote. Open to visitors (who sign up with the claim) and to
 * logged-in creditors ("new claim" on the dashboard).
 */
@NullMarked
package org.incasso.onboarding.ui;

import org.jspecify.annotations.NullMarked;
