package org.incasso.payments;

import java.util.function.Supplier;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.ValidationException;
import org.incasso.money.DomainValidationException;

/**
 * The money domain's validation errors at the service boundary: the same fields, translated to the
 * API's error codes, so GraphQL payloads (and classified errors) carry them like any other refusal.
 */
final class MoneyErrors {

    private MoneyErrors() {
    }

    static <T> T translated(Supplier<T> calculation) {
        try {
            return calculation.get();
        } catch (DomainValidationException e) {
            throw translate(e);
        }
    }

    static ValidationException translate(DomainValidationException e) {
        return new ValidationException(e.violations().stream()
                .map(v -> new FieldViolation(v.field(), code(v.code()), v.message()))
                .toList());
    }

    static ErrorCode code(org.incasso.money.ErrorCode code) {
        return switch (code) {
            case REQUIRED -> ErrorCode.REQUIRED;
            case INVALID_AMOUNT -> ErrorCode.INVALID_FORMAT;
            case AMOUNT_NOT_POSITIVE, AMOUNT_NEGATIVE -> ErrorCode.NOT_POSITIVE;
            case TOO_MANY_DECIMALS -> ErrorCode.TOO_MANY_DECIMALS;
            case UNKNOWN_CURRENCY -> ErrorCode.UNKNOWN_CURRENCY;
            case CURRENCY_MISMATCH -> ErrorCode.CURRENCY_MISMATCH;
            case UNKNOWN_COUNTRY -> ErrorCode.UNKNOWN_COUNTRY;
            case DUE_DATE_IN_FUTURE, DATE_AFTER_CALCULATION_DATE, PAYMENT_BEFORE_SUBMISSION, DATE_BEFORE_SUBMISSION ->
                    ErrorCode.INVALID_DATE;
            case OVERPAYMENT_NOT_CONFIRMED -> ErrorCode.OVERPAYMENT_NOT_CONFIRMED;
            case RATE_OUT_OF_RANGE, DAYS_OUT_OF_RANGE -> ErrorCode.OUT_OF_RANGE;
            case BANDS_OVERLAP, BANDS_GAP, BANDS_NOT_ASCENDING, RATE_MISSING, DUPLICATE_VALID_FROM, DUPLICATE_INVOICE,
                    NO_SCHEDULE_IN_FORCE, NO_RATE_IN_FORCE, EXCEEDS_OUTSTANDING -> ErrorCode.RULE_VIOLATION;
        };
    }
}
