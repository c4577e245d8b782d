package org.incasso.fees.domain;

/** A door-policy warning on a quote: a typed code for clients plus a readable text. */
public record QuoteWarning(WarningCode code, String text) {
}
