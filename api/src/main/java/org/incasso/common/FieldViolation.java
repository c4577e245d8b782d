package org.incasso.common;

/**
 * One refused input field.
 *
 * @param field the path of the field in the input, e.g. {@code bankAccount.iban} or {@code contacts[1].email}
 */
public record FieldViolation(String field, ErrorCode code, String message) {
}
