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
}
