package org.incasso.fees;

import org.incasso.fees.domain.Quote;
import org.incasso.tenancy.Tenant;

/** A quote and the agency (tenant) that gives it. */
public record AgencyQuote(Tenant agency, Quote quote) {
}
