package org.incasso.money;

import java.util.Objects;

/**
 * One human-readable step behind a computed figure: {@code subject} names the figure
 * (e.g. {@code "commission.rate"}), {@code text} says how it came about.
 */
public record ExplanationLine(String subject, String text) {

    public ExplanationLine {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
