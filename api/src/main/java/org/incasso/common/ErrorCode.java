package org.incasso.common;

/** Why a field was refused. Stable codes: clients translate them, the message is for people. */
public enum ErrorCode {
    REQUIRED,
    TOO_LONG,
    INVALID_FORMAT,
    INVALID_EMAIL,
    INVALID_IBAN,
    INVALID_BIC,
    UNKNOWN_COUNTRY,
    UNKNOWN_CURRENCY,
    NOT_FOUND,
    VERSION_CONFLICT,
    OUT_OF_RANGE,
    DUPLICATE,
    CURRENCY_MISMATCH,
    TOO_MANY_DECIMALS,
    NOT_POSITIVE,
    INVALID_DATE,
    ILLEGAL_TRANSITION,
    RULE_VIOLATION,
    TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    MEDIA_TYPE_MISMATCH,
    BANDS_OVERLAP,
    BANDS_GAP,
    BANDS_NOT_ASCENDING,
    RATE_LIMITED
}
