package org.incasso.identity;

import java.util.Locale;
import java.util.UUID;

/**
 * A login to create for a creditor that signs itself up: role CREDITOR with the {@code tenant_id}
 * and {@code creditor_id} attributes its tokens carry.
 *
 * @param email the login (and the address notifications go to)
 */
public record NewCreditorAccount(UUID tenantId, UUID creditorId, String email, String password, String firstName,
        String lastName, Locale locale) {

    @Override
    public String toString() {
        return "NewCreditorAccount[" + email + ", creditor " + creditorId + "]"; // never the password
    }
}
