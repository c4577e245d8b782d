package org.incasso.identity;

/** The Keycloak realm roles of the platform. */
public enum Role {
    /** The agency's administrator. */
    ADMIN,
    /** The agency's collection specialist. */
    SPECIALIST,
    /** A user of a client company (opdrachtgever). */
    CREDITOR,
    /** A local agent or law firm abroad that works assigned cases. */
    PARTNER;

    public String authority() {
        return "ROLE_" + name();
    }
}
