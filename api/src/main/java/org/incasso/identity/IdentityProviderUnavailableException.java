package org.incasso.identity;

/** The identity provider (Keycloak) could not be reached or failed; nothing was changed by the caller. */
public class IdentityProviderUnavailableException extends RuntimeException {

    public IdentityProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
