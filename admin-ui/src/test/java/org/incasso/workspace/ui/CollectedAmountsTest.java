package org.incasso.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimService;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The amounts of a page of claims: a claim the fee schedule cannot price is left out, the others are shown. */
@ApplicationTest
class CollectedAmountsTest {

    @Autowired
    CollectedAmounts amounts;

    @Autowired
    ClaimService claims;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void aClaimInAnotherCurrencyThanTheScheduleLeavesTheOthersOnThePage() {
        String euro = submit(NL_ADMIN, simpleSubmission("Bedragen Euro B.V.", "NL"));
        String dollar = submit(NL_ADMIN, submission("Amounts Dollar Inc", "US",
                List.of(invoice("USD-" + UUID.randomUUID(), "300.00", "USD", LocalDate.now().minusDays(20)))));
        CurrentUser specialist = new CurrentUser("test-specialist", UUID.fromString(NL_TENANT), Set.of(Role.SPECIALIST),
                null, null, null, null, Locale.ENGLISH);

        var balances = currentUsers.callAs(specialist, () -> {
            List<Claim> page = List.of(claims.find(UUID.fromString(dollar)).orElseThrow(),
                    claims.find(UUID.fromString(euro)).orElseThrow());
            return amounts.balancesOf(page);
        });

        assertThat(balances).containsOnlyKeys(UUID.fromString(euro));
        assertThat(balances.get(UUID.fromString(euro)).collected()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(balances.get(UUID.fromString(euro)).outstanding()).isGreaterThan(new BigDecimal("1250.50"));
    }
}
