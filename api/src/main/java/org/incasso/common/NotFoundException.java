package org.incasso.common;

/**
 * The thing does not exist for the caller. Also what another tenant's (or another creditor's) id
 * gives: the caller cannot tell "not yours" from "not there".
 */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
