package org.incasso.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.DemoData.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Statutory interest rates as tenant data: seeded, per country, ECB + 8 otherwise, extended by administrators. */
@ApplicationTest
class InterestRateApiTest {

    @Test
    void theDutchTableCarriesTheSeededRates() {
        rates(NL_SPECIALIST, "NL", "2025-03-01")
                .path("interestRates.ecbFallback").entity(Boolean.class).isEqualTo(false)
                .path("interestRates.rates[0]").entity(Map.class).isEqualTo(Map.of("validFrom", "2016-07-01", "percent", "8.00"))
                .path("interestRates.percentOn").entity(String.class).isEqualTo("11.15");
    }

    @Test
    void aCountryWithoutItsOwnTableGetsTheEcbRatePlusEightPoints() {
        rates(NL_CREDITOR_USER, "BE", "2026-02-01")
                .path("interestRates.ecbFallback").entity(Boolean.class).isEqualTo(true)
                .path("interestRates.percentOn").entity(String.class).isEqualTo("10.15");
        rates(NL_PARTNER, "ECB", "2024-03-01")
                .path("interestRates.percentOn").entity(String.class).isEqualTo("4.50");
    }

    @Test
    void anAdminAddsARateThatIsUsedFromItsDate() {
        LocalDate from = LocalDate.of(2030, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1, 20000));
        add(NL_ADMIN, "NL", from, "9.5")
                .path("addInterestRate.errors").entityList(Object.class).hasSize(0)
                .path("addInterestRate.table.rates[-1:]").entityList(Map.class)
                .containsExactly(Map.of("validFrom", from.toString(), "percent", "9.50"));
        rates(NL_SPECIALIST, "NL", from.toString()).path("interestRates.percentOn").entity(String.class).isEqualTo("9.50");
        rates(NL_SPECIALIST, "NL", from.minusDays(1).toString()).path("interestRates.percentOn").entity(String.class)
                .isNotEqualTo("9.50");
        // the seeded rows were kept when the first rate was stored
        rates(NL_SPECIALIST, "NL", "2025-03-01").path("interestRates.percentOn").entity(String.class).isEqualTo("11.15");
    }

    @Test
    void anEcbRateOfOneTenantMovesOnlyThatTenantsFallback() {
        LocalDate from = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1, 3000));
        add(UK_ADMIN, "ECB", from, "3").path("addInterestRate.errors").entityList(Object.class).hasSize(0);
        rates(UK_SPECIALIST, "DE", from.toString()).path("interestRates.percentOn").entity(String.class).isEqualTo("11.00");
        rates(NL_SPECIALIST, "DE", from.toString()).path("interestRates.percentOn").entity(String.class)
                .isNotEqualTo("11.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {NL_SPECIALIST, NL_CREDITOR_USER, NL_PARTNER})
    void onlyAdministratorsAddRates(String user) {
        add(user, "NL", LocalDate.of(2199, 1, 1), "9").errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        rates(NL_ADMIN, "NL", "2199-01-01").path("interestRates.rates[?(@.validFrom == '2199-01-01')]")
                .entityList(Object.class).hasSize(0);
    }

    @ParameterizedTest
    @CsvSource({"NL, 101, percent, OUT_OF_RANGE", "NL, -1, percent, OUT_OF_RANGE", "NL, abc, percent, INVALID_FORMAT",
        "NL, 1.23456, percent, TOO_MANY_DECIMALS", "XX, 5, country, UNKNOWN_COUNTRY",
        "NL, 10.15, validFrom, DUPLICATE"})
    void badRatesAreRefusedWithFieldErrors(String country, String percent, String field, String code) {
        LocalDate from = "DUPLICATE".equals(code) ? LocalDate.of(2026, 1, 1) : LocalDate.of(2198, 1, 1);
        add(NL_ADMIN, country, from, percent)
                .path("addInterestRate.table").valueIsNull()
                .path("addInterestRate.errors").entityList(Map.class).satisfies(errors -> assertThat(errors)
                        .anySatisfy(e -> assertThat(e).containsEntry("field", field).containsEntry("code", code)));
        rates(NL_ADMIN, "NL", "2198-01-01").path("interestRates.rates[?(@.validFrom == '2198-01-01')]")
                .entityList(Object.class).hasSize(0);
    }

    private static GraphQlTester.Response rates(String user, String country, String on) {
        return Api.as(user).documentName("interestRates").variable("country", country).variable("on", on).execute();
    }

    private static GraphQlTester.Response add(String user, String country, LocalDate from, String percent) {
        return Api.as(user).documentName("addInterestRate")
                .variable("input", Map.of("country", country, "validFrom", from.toString(), "percent", percent)).execute();
    }
}
