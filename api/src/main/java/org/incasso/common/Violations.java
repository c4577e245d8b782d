package org.incasso.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Collects field violations so that a form or mutation reports all of them at once. */
public final class Violations {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is checked by mail.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, ErrorCode code, String message) {
        found.add(new FieldViolation(field, code, message));
        return this;
    }

    /** A required text: present, not blank, at most {@code max} characters. */
    public Violations requiredText(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return add(field, ErrorCode.REQUIRED, "is required");
        }
        return optionalText(field, value, max);
    }

    public Violations optionalText(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            add(field, ErrorCode.TOO_LONG, "must be at most " + max + " characters");
        }
        return this;
    }

    public Violations country(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return add(field, ErrorCode.REQUIRED, "is required");
        }
        if (!isCountry(value)) {
            add(field, ErrorCode.UNKNOWN_COUNTRY, "is not an ISO 3166-1 alpha-2 country code");
        }
        return this;
    }

    public Violations optionalEmail(String field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            if (value.length() > 254) {
                add(field, ErrorCode.TOO_LONG, "must be at most 254 characters");
            } else if (!EMAIL.matcher(value).matches()) {
                add(field, ErrorCode.INVALID_EMAIL, "is not a valid e-mail address");
            }
        }
        return this;
    }

    public static boolean isCountry(String value) {
        return COUNTRIES.contains(value);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
