package org.incasso.common;

import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.jspecify.annotations.Nullable;

/** The account remittances are paid to. The IBAN is checked (format and check digits) by iban4j. */
public record BankAccount(@Nullable String iban, @Nullable String bic, @Nullable String holder) {

    public BankAccount normalized() {
        String compactIban = iban == null ? null : iban.replaceAll("\\s+", "");
        return new BankAccount(Text.upper(compactIban), Text.upper(bic), Text.clean(holder));
    }

    public void validate(String path, Violations violations) {
        if (iban == null) {
            violations.add(path + ".iban", ErrorCode.REQUIRED, "is required");
        } else if (!validIban(iban)) {
            violations.add(path + ".iban", ErrorCode.INVALID_IBAN, "is not a valid IBAN");
        }
        if (bic != null && !validBic(bic)) {
            violations.add(path + ".bic", ErrorCode.INVALID_BIC, "is not a valid BIC");
        }
        violations.requiredText(path + ".holder", holder, 200);
    }

    /** Whether the text is a valid IBAN (spaces allowed), for immediate feedback in forms. */
    public static boolean validIban(String value) {
        value = value.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        try {
            IbanUtil.validate(value);
            return true;
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            return false;
        }
    }

    private static boolean validBic(String value) {
        try {
            BicUtil.validate(value);
            return true;
        } catch (BicFormatException | UnsupportedCountryException e) {
            return false;
        }
    }
}
