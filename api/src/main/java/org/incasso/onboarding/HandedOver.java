package org.incasso.onboarding;

import org.incasso.claims.Claim;

/**
 * A claim handed over with a new account.
 *
 * @param userId the Keycloak id of the login created for the creditor
 */
public record HandedOver(Claim claim, String userId, String login) {
}
