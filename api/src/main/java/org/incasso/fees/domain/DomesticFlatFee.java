package org.incasso.fees.domain;

import java.math.BigDecimal;

/** Domestic claims where interest or costs were collected: this per cent of collected principal replaces the commission. */
public record DomesticFlatFee(BigDecimal percent) {
}
