package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import java.util.Map;
import java.util.UUID;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard query (a page of claims with debtor, creditor, invoices, the last events and actions)
 * runs a fixed number of SQL statements, whatever the page size: every child field is batched.
 */
@ApplicationTest
class DashboardQueryTest {

    private static final String MARKER = "Dashboard " + UUID.randomUUID().toString().substring(0, 8);

    private static boolean submitted;

    /** Instance method: the application context (and its port) exists only once the test instance does. */
    @BeforeEach
    void fiftyClaims() {
        if (submitted) {
            return;
        }
        submitted = true;
        for (int i = 0; i < 50; i++) {
            String claim = submit(NL_ADMIN, simpleSubmission(MARKER + " " + i, i % 2 == 0 ? "NL" : "DE"));
            if (i % 5 == 0) {
                change(NL_ADMIN, "startAmicablePhase", Map.of("claimId", claim));
            }
        }
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithThePageSize() {
        int small = statementsFor(5);
        int large = statementsFor(50);
        assertThat(large).isEqualTo(small);
        // tenant of the token + page + count + creditors + debtors + invoices + events + actions
        assertThat(large).isLessThanOrEqualTo(8);
    }

    @Test
    void theAmountsOfAPageAreCalculatedWithAFixedNumberOfStatements() {
        // paid and outstanding need each claim's invoices, payments, fee schedule and interest rates
        int small = statementsFor("dashboardWithAmounts", 5);
        int large = statementsFor("dashboardWithAmounts", 50);
        assertThat(large).isEqualTo(small);
    }

    private static int statementsFor(int pageSize) {
        return statementsFor("dashboard", pageSize);
    }

    private static int statementsFor(String document, int pageSize) {
        var warmUp = Api.as(NL_SPECIALIST).documentName(document).variable("first", pageSize)
                .variable("filter", Map.of("text", MARKER)).execute()
                .path("claims.edges").entityList(Object.class).hasSize(pageSize);
        if (document.equals("dashboard")) {
            warmUp.path("claims.edges[0].node.invoices").entityList(Object.class).hasSize(2)
                    .path("claims.edges[0].node.events").entityList(Object.class).hasSizeGreaterThan(0);
        } else {
            warmUp.path("claims.edges[0].node.outstanding.amount").entity(String.class).satisfies(
                    outstanding -> assertThat(new java.math.BigDecimal(outstanding)).isPositive());
        }
        int before = SqlStatementCounter.count();
        Api.as(NL_SPECIALIST).documentName(document).variable("first", pageSize)
                .variable("filter", Map.of("text", MARKER)).execute()
                .path("claims.totalCount").entity(Integer.class).isEqualTo(50);
        return SqlStatementCounter.count() - before;
    }
}
