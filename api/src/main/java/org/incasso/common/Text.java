package org.incasso.common;

import org.jspecify.annotations.Nullable;

/** Normalisation of free text input: trimmed, and blank means absent. */
public final class Text {

    private Text() {
    }

    public static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static @Nullable String upper(@Nullable String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.toUpperCase(java.util.Locale.ROOT);
    }
}
