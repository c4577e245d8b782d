package org.incasso.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.DemoData.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Fee schedule versions: read by staff, changed by administrators only, audited, per tenant. */
@ApplicationTest
class FeeScheduleApiTest {

    @Test
    void aTenantWithoutStoredVersionsWorksWithTheDefaults() {
        Api.as(NL_SPECIALIST).documentName("feeSchedule").variable("at", "2001-01-01").execute()
                .path("feeSchedule.validFrom").entity(String.class).isEqualTo("2000-01-01")
                .path("feeSchedule.currency").entity(String.class).isEqualTo("EUR")
                .path("feeSchedule.createdBy").valueIsNull()
                .path("feeSchedule.rates[?(@.region == 'DOMESTIC')].percent").entityList(String.class)
                .containsExactly("12", "9")
                .path("feeSchedule.registrationFee.amount").entity(String.class).isEqualTo("50.00")
                .path("feeSchedule.doorPolicy.maximumAgeMonths").entity(Integer.class).isEqualTo(36);
    }

    @Test
    void anAdminStoresANewVersionFromAFutureDateAndTheChangeIsAudited() {
        LocalDate from = LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(1000, 5000));
        update(NL_ADMIN, schedule(from, "13", "9"))
                .path("updateFeeSchedule.errors").entityList(Object.class).hasSize(0)
                .path("updateFeeSchedule.feeSchedule.validFrom").entity(String.class).isEqualTo(from.toString())
                .path("updateFeeSchedule.feeSchedule.currency").entity(String.class).isEqualTo("EUR")
                .path("updateFeeSchedule.feeSchedule.createdBy").entity(String.class).isNotEqualTo(null);
        rateOn(NL_ADMIN, from.minusDays(1)).isNotEqualTo("13");
        rateOn(NL_ADMIN, from).isEqualTo("13");
        QuoteApiTest.quote("localhost", "NL", "1000.00", "EUR", from.minusDays(1), from)
                .path("quote.commissionRatePercent").entity(String.class).isEqualTo("13")
                .path("quote.scheduleValidFrom").entity(String.class).isEqualTo(from.toString());
        Api.as(NL_ADMIN).documentName("feeScheduleChanges").variable("last", 50).execute()
                .path("feeScheduleChanges[?(@.validFrom == '" + from + "')]").entityList(Map.class)
                .satisfies(changes -> assertThat(changes).singleElement().satisfies(change -> {
                    assertThat(change.get("changedByName")).isNotNull();
                    assertThat(change.get("changedAt")).isNotNull();
                    // jsonb as PostgreSQL prints it; spaces removed to compare the content only
                    assertThat(((String) change.get("oldSchedule")).replace(" ", "")).contains("\"percent\":\"12\"");
                    assertThat(((String) change.get("newSchedule")).replace(" ", "")).contains("\"percent\":\"13\"");
                }));
    }

    @Test
    void countriesCanBeAssignedToARegionAndGetTheirOwnSurcharge() {
        LocalDate from = LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(9000, 12000));
        Map<String, Object> input = schedule(from, "12", "9");
        input.put("regionOverrides", List.of(Map.of("country", "CH", "region", "EU")));
        input.put("countrySurcharges", List.of(Map.of("country", "DE", "thresholdDays", 90, "points", "3")));
        update(NL_ADMIN, input).path("updateFeeSchedule.errors").entityList(Object.class).hasSize(0);
        Api.as(NL_ADMIN).documentName("feeSchedule").variable("at", from.toString()).execute()
                .path("feeSchedule.regionOverrides[0].country").entity(String.class).isEqualTo("CH")
                .path("feeSchedule.countrySurcharges[0].points").entity(String.class).isEqualTo("3");
        // Switzerland is rest of Europe by the standard lists (18%); here it counts as EU: 15%
        QuoteApiTest.quote("localhost", "CH", "1000.00", "EUR", from.minusDays(10), from)
                .path("quote.region").entity(String.class).isEqualTo("EU")
                .path("quote.commissionRatePercent").entity(String.class).isEqualTo("15");
        // Germany: EU 15% plus its own surcharge of 3 points after 90 days (100 days overdue)
        QuoteApiTest.quote("localhost", "DE", "1000.00", "EUR", from.minusDays(100), from)
                .path("quote.commissionRatePercent").entity(String.class).isEqualTo("18");
        // and the region's 180-day rule still applies elsewhere in the EU: 100 days is no surcharge
        QuoteApiTest.quote("localhost", "BE", "1000.00", "EUR", from.minusDays(100), from)
                .path("quote.commissionRatePercent").entity(String.class).isEqualTo("15");

        Map<String, Object> bad = schedule(from.plusDays(1), "12", "9");
        bad.put("regionOverrides", List.of(Map.of("country", "XX", "region", "EU")));
        int before = versions();
        update(NL_ADMIN, bad).path("updateFeeSchedule.errors[0].field").entity(String.class)
                .isEqualTo("regionOverrides[0].country");
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void anotherTenantsChangeDoesNotChangeTheQuote() {
        LocalDate from = LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(6000, 9000));
        update(UK_ADMIN, schedule(from, "20", "19")).path("updateFeeSchedule.errors").entityList(Object.class).hasSize(0);
        QuoteApiTest.quote("127.0.0.1", "GB", "1000.00", "GBP", from.minusDays(1), from)
                .path("quote.commissionRatePercent").entity(String.class).isEqualTo("20");
        String nlRate = Api.as(NL_ADMIN).documentName("feeSchedule").variable("at", from.toString()).execute()
                .path("feeSchedule.rates[?(@.region == 'DOMESTIC' && @.band == 'UP_TO_2500')].percent")
                .entityList(String.class).get().getFirst();
        assertThat(nlRate).isNotEqualTo("20");
        QuoteApiTest.quote("localhost", "NL", "1000.00", "EUR", from.minusDays(1), from)
                .path("quote.commissionRatePercent").entity(String.class).isEqualTo(nlRate);
    }

    @ParameterizedTest
    @ValueSource(strings = {NL_SPECIALIST, NL_CREDITOR_USER, NL_PARTNER})
    void onlyAdministratorsChangeTheSchedule(String user) {
        int before = versions();
        update(user, schedule(LocalDate.now().plusDays(20000), "13", "9")).errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(
                        error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void creditorsAndAnonymousCallersDoNotReadTheSchedule() {
        Api.as(NL_CREDITOR_USER).documentName("feeSchedule").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(
                        error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        Api.anonymous("localhost").documentName("feeSchedule").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(
                        error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
    }

    @Test
    void anInvalidScheduleIsRefusedWithFieldErrorsAndNothingIsStored() {
        int before = versions();
        Map<String, Object> input = schedule(LocalDate.now().plusDays(21000), "101", "9");
        input.put("bands", List.of(
                Map.of("name", "UP_TO_2500", "lowerExclusive", "0", "upperInclusive", "2500"),
                Map.of("name", "ABOVE_2500", "lowerExclusive", "2000")));
        update(NL_ADMIN, input)
                .path("updateFeeSchedule.feeSchedule").valueIsNull()
                .path("updateFeeSchedule.errors").entityList(Map.class).satisfies(errors -> assertThat(errors)
                        .anySatisfy(e -> assertThat(e).containsEntry("field", "bands[1].lowerExclusive")
                                .containsEntry("code", "BANDS_OVERLAP"))
                        .anySatisfy(e -> assertThat(e).containsEntry("field", "rates[0].percent")
                                .containsEntry("code", "OUT_OF_RANGE")));
        Map<String, Object> today = schedule(LocalDate.now(), "13", "9");
        today.put("registrationFee", "50.001");
        update(NL_ADMIN, today)
                .path("updateFeeSchedule.errors").entityList(Map.class).satisfies(errors -> assertThat(errors)
                        .anySatisfy(e -> assertThat(e).containsEntry("field", "validFrom")
                                .containsEntry("code", "INVALID_DATE"))
                        .anySatisfy(e -> assertThat(e).containsEntry("field", "registrationFee")
                                .containsEntry("code", "TOO_MANY_DECIMALS")));
        assertThat(versions()).isEqualTo(before);
    }

    private static GraphQlTester.Response update(String user, Map<String, Object> input) {
        return Api.as(user).documentName("updateFeeSchedule").variable("input", input).execute();
    }

    private static GraphQlTester.Entity<String, ?> rateOn(String user, LocalDate at) {
        return Api.as(user).documentName("feeSchedule").variable("at", at.toString()).execute()
                .path("feeSchedule.rates[0].percent").entity(String.class);
    }

    private static int versions() {
        return Api.as(NL_ADMIN).documentName("feeScheduleVersions").execute()
                .path("feeScheduleVersions").entityList(Object.class).get().size();
    }

    /** The defaults of PRODUCT.md with other domestic rates. */
    static Map<String, Object> schedule(LocalDate validFrom, String domesticUpTo, String domesticAbove) {
        List<Map<String, Object>> rates = new ArrayList<>();
        rates.add(Map.of("region", "DOMESTIC", "band", "UP_TO_2500", "percent", domesticUpTo));
        rates.add(Map.of("region", "DOMESTIC", "band", "ABOVE_2500", "percent", domesticAbove));
        for (String[] r : new String[][] {{"EU", "15", "12"}, {"REST_OF_EUROPE", "18", "15"}, {"REST_OF_WORLD", "25", "20"}}) {
            rates.add(Map.of("region", r[0], "band", "UP_TO_2500", "percent", r[1]));
            rates.add(Map.of("region", r[0], "band", "ABOVE_2500", "percent", r[2]));
        }
        List<Map<String, Object>> surcharges = new ArrayList<>();
        for (String region : List.of("DOMESTIC", "EU", "REST_OF_EUROPE", "REST_OF_WORLD")) {
            surcharges.add(Map.of("region", region, "thresholdDays", 180, "points", "2"));
        }
        return new java.util.HashMap<>(Map.of(
                "validFrom", validFrom.toString(),
                "bands", List.of(Map.of("name", "UP_TO_2500", "lowerExclusive", "0", "upperInclusive", "2500"),
                        Map.of("name", "ABOVE_2500", "lowerExclusive", "2500")),
                "rates", rates,
                "surcharges", surcharges,
                "registrationFee", "50",
                "doorPolicy", Map.of("minimumPrincipal", "250", "maximumAgeMonths", 36, "mode", "WARN"),
                "domesticFlatFeePercent", "15",
                "withdrawalIncludesSurcharge", true));
    }
}
