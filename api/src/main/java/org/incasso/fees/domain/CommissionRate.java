package org.incasso.fees.domain;

import java.math.BigDecimal;

/** Commission in per cent of collected principal for one region and one amount band. */
public record CommissionRate(Region region, String band, BigDecimal percent) {
}
