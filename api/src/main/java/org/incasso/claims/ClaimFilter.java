package org.incasso.claims;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filter for claim lists; every part is optional and they combine with AND. */
public record ClaimFilter(@Nullable Set<ClaimPhase> phases, @Nullable UUID creditorId, @Nullable UUID debtorId,
        @Nullable String debtorCountry, @Nullable String specialistId, @Nullable UUID partnerId,
        @Nullable Boolean disputed, @Nullable BigDecimal minPrincipal, @Nullable BigDecimal maxPrincipal,
        @Nullable Integer minDaysOverdue, @Nullable String text) {

    public static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null, null, null, null, null, null);
}
