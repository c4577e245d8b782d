package org.incasso.identity;

import java.util.Locale;

/** A platform user that can receive e-mail. */
public record Recipient(String userId, String email, String name, Locale locale) {
}
