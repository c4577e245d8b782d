package org.incasso.claims;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What has been collected on claims so far. Payments are not registered anywhere yet (the
 * payments feature is built separately), so nothing has been collected and every claim reads
 * zero: the truth, not a placeholder figure. This is the one place to wire payments into once
 * they land; the GraphQL {@code Claim.paid} and the creditor portal both read it.
 */
@Service
public class ClaimBalances {

    /** Collected principal per claim, in the claim's currency; zero until payments are registered. */
    public Map<UUID, BigDecimal> collectedOf(Collection<UUID> claimIds) {
        return claimIds.stream().distinct().collect(Collectors.toMap(Function.identity(), id -> BigDecimal.ZERO));
    }

    public BigDecimal collected(UUID claimId) {
        return BigDecimal.ZERO;
    }
}
