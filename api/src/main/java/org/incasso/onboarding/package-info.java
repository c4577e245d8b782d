/**
 * Handing a claim over through the public claim wizard (creditor journey, step 2): checks
 * everything the wizard collected, creates the creditor and its Keycloak login when it has none
 * yet, and stores the claim with its invoices and documents in one transaction. Whatever fails
 * halfway leaves nothing behind: no login without a claim, no claim without an owner.
 */
@NullMarked
package org.incasso.onboarding;

import org.jspecify.annotations.NullMarked;
