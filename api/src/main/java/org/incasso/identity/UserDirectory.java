package org.incasso.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The users of the platform as the identity provider knows them (Keycloak). */
public interface UserDirectory {

    /** The users acting for a creditor of a tenant. */
    List<Recipient> creditorUsers(UUID tenantId, UUID creditorId);

    /** The specialists of a tenant. */
    List<Recipient> specialists(UUID tenantId);

    Optional<Recipient> user(String userId);

    /** Whether a login with this e-mail address exists (in any tenant: the e-mail is the login). */
    boolean isRegistered(String email);

    /**
     * Creates an enabled login with role CREDITOR and returns its id. An e-mail that is taken is
     * refused as {@code account.email ALREADY_REGISTERED}, a password the provider's policy refuses
     * as {@code account.password WEAK_PASSWORD} (a {@link org.incasso.common.ValidationException});
     * an unreachable or failing provider is an {@link IdentityProviderUnavailableException}.
     */
    String createCreditorAccount(NewCreditorAccount account);

    /** Removes a login (compensation when what it was created for could not be stored). */
    void deleteUser(String userId);
}
