package org.incasso.common;

import java.util.Map;
import org.incasso.money.DomainValidationException;

/**
 * The money and law domain reports its own, finer error codes; at the service boundary they become
 * the API's codes ({@link ErrorCode}), so that clients see one vocabulary. The switch is
 * exhaustive: a new domain code does not compile until it is mapped here.
 */
public final class MoneyViolations {

    private MoneyViolations() {
    }

    public static ValidationException toValidation(DomainValidationException e) {
        return toValidation(e, "", Map.of());
    }

    /**
     * @param prefix put before every field (the input object the domain value came from)
     * @param renamed domain field names that the API spells differently
     */
    public static ValidationException toValidation(DomainValidationException e, String prefix,
            Map<String, String> renamed) {
        return new ValidationException(e.violations().stream()
                .map(v -> new FieldViolation(prefix + renamed.getOrDefault(v.field(), v.field()), code(v.code()),
                        v.message()))
                .toList());
    }

    public static ErrorCode code(org.incasso.money.ErrorCode code) {
        return switch (code) {
            case REQUIRED, RATE_MISSING -> ErrorCode.REQUIRED;
            case INVALID_AMOUNT -> ErrorCode.INVALID_FORMAT;
            case AMOUNT_NOT_POSITIVE -> ErrorCode.NOT_POSITIVE;
            case AMOUNT_NEGATIVE, RATE_OUT_OF_RANGE, DAYS_OUT_OF_RANGE, EXCEEDS_OUTSTANDING -> ErrorCode.OUT_OF_RANGE;
            case TOO_MANY_DECIMALS -> ErrorCode.TOO_MANY_DECIMALS;
            case UNKNOWN_CURRENCY -> ErrorCode.UNKNOWN_CURRENCY;
            case CURRENCY_MISMATCH -> ErrorCode.CURRENCY_MISMATCH;
            case UNKNOWN_COUNTRY -> ErrorCode.UNKNOWN_COUNTRY;
            case BANDS_OVERLAP -> ErrorCode.BANDS_OVERLAP;
            case BANDS_GAP -> ErrorCode.BANDS_GAP;
            case BANDS_NOT_ASCENDING -> ErrorCode.BANDS_NOT_ASCENDING;
            case DUPLICATE_VALID_FROM, DUPLICATE_INVOICE -> ErrorCode.DUPLICATE;
            case NO_SCHEDULE_IN_FORCE, NO_RATE_IN_FORCE, DUE_DATE_IN_FUTURE, DATE_AFTER_CALCULATION_DATE,
                    PAYMENT_BEFORE_SUBMISSION, DATE_BEFORE_SUBMISSION -> ErrorCode.INVALID_DATE;
            case OVERPAYMENT_NOT_CONFIRMED -> ErrorCode.RULE_VIOLATION;
        };
    }
}
