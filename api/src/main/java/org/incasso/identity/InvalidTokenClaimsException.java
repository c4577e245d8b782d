package org.incasso.identity;

/** A token that is signed correctly but cannot act on the platform (no or unknown tenant, ...). */
public class InvalidTokenClaimsException extends RuntimeException {

    public InvalidTokenClaimsException(String message) {
        super(message);
    }
}
