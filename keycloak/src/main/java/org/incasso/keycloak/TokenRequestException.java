package org.incasso.keycloak;

/** The token endpoint refused a request (e.g. wrong password: HTTP 400, {@code invalid_grant}). */
public final class TokenRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    TokenRequestException(int status, String body) {
        super("Token request refused with HTTP " + status + ": " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
