package org.incasso.onboarding;

import org.incasso.common.ErrorCode;
import org.incasso.common.Violations;
import org.jspecify.annotations.Nullable;

/** The login a new creditor chooses: its e-mail address and a password. */
public record AccountDraft(@Nullable String email, @Nullable String password) {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;

    void validate(Violations violations) {
        if (email == null || email.isBlank()) {
            violations.add("account.email", ErrorCode.REQUIRED, "is required");
        } else {
            violations.optionalEmail("account.email", email.strip());
        }
        if (password == null || password.isEmpty()) {
            violations.add("account.password", ErrorCode.REQUIRED, "is required");
        } else if (password.length() < MIN_PASSWORD) {
            violations.add("account.password", ErrorCode.WEAK_PASSWORD,
                    "must be at least " + MIN_PASSWORD + " characters long");
        } else if (password.length() > MAX_PASSWORD) {
            violations.add("account.password", ErrorCode.TOO_LONG, "must be at most " + MAX_PASSWORD + " characters");
        }
    }

    String login() {
        return java.util.Objects.requireNonNull(email).strip().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "AccountDraft[" + email + "]"; // never the password
    }
}
