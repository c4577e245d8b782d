package org.incasso.financials.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The next {@code width} of principal (the rest when {@code null}) costs {@code percent}. */
public record ScaleTier(@Nullable BigDecimal width, BigDecimal percent) {
}
