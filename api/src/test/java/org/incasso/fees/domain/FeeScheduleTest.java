package org.incasso.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.incasso.fees.domain.FeeScheduleFixtures.dutchDefaults;
import static org.incasso.fees.domain.FeeScheduleFixtures.flatRates;
import static org.incasso.fees.domain.FeeScheduleFixtures.withBands;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeScheduleTest {

    private static AmountBand band(String name, String lower, String upper) {
        return new AmountBand(name, new BigDecimal(lower), upper == null ? null : new BigDecimal(upper));
    }

    private static List<CommissionRate> rates(List<AmountBand> bands, String percent) {
        List<CommissionRate> rates = new ArrayList<>();
        for (Region region : Region.values()) {
            bands.forEach(b -> rates.add(new CommissionRate(region, b.name(), new BigDecimal(percent))));
        }
        return rates;
    }

    private static DomainValidationException invalid(List<AmountBand> bands) {
        return org.junit.jupiter.api.Assertions.assertThrows(DomainValidationException.class,
                () -> withBands(dutchDefaults(), bands, rates(bands, "10")));
    }

    @ParameterizedTest(name = "{0} / {1} = {2}%")
    @CsvSource({
            "DOMESTIC,       UP_TO_2500, 12", "DOMESTIC,       ABOVE_2500, 9",
            "EU,             UP_TO_2500, 15", "EU,             ABOVE_2500, 12",
            "REST_OF_EUROPE, UP_TO_2500, 18", "REST_OF_EUROPE, ABOVE_2500, 15",
            "REST_OF_WORLD,  UP_TO_2500, 25", "REST_OF_WORLD,  ABOVE_2500, 20"
    })
    void defaultsCarryTheProductBriefRates(Region region, String band, String percent) {
        CommissionTable table = dutchDefaults().commission();
        AmountBand amountBand = table.bands().stream().filter(b -> b.name().equals(band)).findFirst().orElseThrow();
        assertThat(table.percent(region, amountBand)).isEqualByComparingTo(percent);
    }

    @Test
    void defaultsCarryTheOtherProductBriefNumbers() {
        FeeSchedule s = dutchDefaults();
        assertThat(s.registrationFee().amount()).isEqualByComparingTo("50");
        assertThat(s.doorPolicy().minimumPrincipal().amount()).isEqualByComparingTo("250");
        assertThat(s.doorPolicy().maximumAgeMonths()).isEqualTo(36);
        assertThat(s.doorPolicy().mode()).isEqualTo(DoorPolicyMode.WARN);
        assertThat(s.domesticFlatFee().percent()).isEqualByComparingTo("15");
        assertThat(s.amicableDeadlines()).isEqualTo(new AmicableDeadlines(90, 120));
        for (Region region : Region.values()) {
            assertThat(s.surcharges().forDebtor("XX", region)).isEqualTo(new OverdueSurcharge(180, new BigDecimal("2")));
        }
    }

    @ParameterizedTest(name = "band limit: {0} → {1}")
    @CsvSource({"0.01, UP_TO_2500", "2500.00, UP_TO_2500", "2500.01, ABOVE_2500", "1000000, ABOVE_2500"})
    void principalUpToAndIncluding2500IsTheLowBand(String principal, String band) {
        assertThat(dutchDefaults().commission().band(new BigDecimal(principal)).name()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"NL, DOMESTIC", "BE, EU", "DE, EU", "CH, REST_OF_EUROPE", "GB, REST_OF_EUROPE", "NO, REST_OF_EUROPE",
            "US, REST_OF_WORLD", "CN, REST_OF_WORLD"})
    void classifiesCountriesFromTheTenantsHomeCountry(String country, Region region) {
        assertThat(RegionClassifier.defaults("NL").classify(country)).isEqualTo(region);
    }

    @Test
    void aBelgianTenantSeesBelgiumAsDomesticAndTheNetherlandsAsEu() {
        RegionClassifier belgian = RegionClassifier.defaults("BE");
        assertThat(belgian.classify("BE")).isEqualTo(Region.DOMESTIC);
        assertThat(belgian.classify("NL")).isEqualTo(Region.EU);
    }

    @Test
    void anExplicitCountryAssignmentWins() {
        RegionClassifier classifier = RegionClassifier.defaults("NL").withOverride("CH", Region.EU);
        assertThat(classifier.classify("CH")).isEqualTo(Region.EU);
    }

    @Test
    void rejectsUnknownCountries() {
        assertThatThrownBy(() -> RegionClassifier.defaults("NL").classify("XX"))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("debtorCountry");
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_COUNTRY);
                });
        assertThatThrownBy(() -> new RegionClassifier("ZZ", java.util.Set.of(), java.util.Set.of(), Map.of()))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("homeCountry"));
    }

    @ParameterizedTest(name = "rate {0}% is rejected")
    @CsvSource({"-0.01", "100.01", "250"})
    void rejectsCommissionRatesOutside0To100(String percent) {
        List<AmountBand> bands = dutchDefaults().commission().bands();
        assertThatThrownBy(() -> withBands(dutchDefaults(), bands, flatRates(percent)))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_OUT_OF_RANGE);
                    assertThat(e.field()).isEqualTo("rates[0].percent");
                    assertThat(e.violations()).hasSize(8); // every one of the 8 rates is named
                });
    }

    @ParameterizedTest(name = "rate {0}% is accepted")
    @CsvSource({"0", "100"})
    void acceptsTheEdgesOfTheRateRange(String percent) {
        List<AmountBand> bands = dutchDefaults().commission().bands();
        assertThat(withBands(dutchDefaults(), bands, flatRates(percent)).commission().rates()).hasSize(8);
    }

    @Test
    void rejectsOverlappingBands() {
        // 0–2,500 and 2,000–open overlap between 2,000 and 2,500
        DomainValidationException e = invalid(List.of(band("A", "0", "2500"), band("B", "2000", null)));
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("bands[1].lowerExclusive", ErrorCode.BANDS_OVERLAP));
    }

    @Test
    void rejectsAnOpenEndedBandBeforeAnotherBand() {
        DomainValidationException e = invalid(List.of(band("A", "0", null), band("B", "2500", null)));
        assertThat(e.violations()).extracting(FieldViolation::code).contains(ErrorCode.BANDS_OVERLAP);
    }

    @Test
    void rejectsBandsOutOfOrder() {
        DomainValidationException e = invalid(List.of(band("B", "2500", null), band("A", "0", "2500")));
        assertThat(e.violations()).extracting(FieldViolation::code).contains(ErrorCode.BANDS_NOT_ASCENDING);
    }

    @Test
    void rejectsABandWhoseUpperBoundIsNotAboveItsLowerBound() {
        DomainValidationException e = invalid(List.of(band("A", "0", "0"), band("B", "0", null)));
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .contains(tuple("bands[0].upperInclusive", ErrorCode.BANDS_NOT_ASCENDING));
    }

    @Test
    void rejectsGapsBetweenBandsAndAClosedLastBand() {
        DomainValidationException e = invalid(List.of(band("A", "0", "2500"), band("B", "3000", "9000")));
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactlyInAnyOrder(
                tuple("bands[1].lowerExclusive", ErrorCode.BANDS_GAP),
                tuple("bands[1].upperInclusive", ErrorCode.BANDS_GAP));
    }

    @Test
    void acceptsThreeContiguousBands() {
        List<AmountBand> bands = List.of(band("S", "0", "1000"), band("M", "1000", "10000"), band("L", "10000", null));
        FeeSchedule schedule = withBands(dutchDefaults(), bands, rates(bands, "10"));
        assertThat(schedule.commission().band(new BigDecimal("1000.01")).name()).isEqualTo("M");
    }

    @Test
    void requiresARateForEveryRegionAndBand() {
        List<AmountBand> bands = dutchDefaults().commission().bands();
        List<CommissionRate> missingOne = flatRates("10").subList(1, 8);
        assertThatThrownBy(() -> withBands(dutchDefaults(), bands, missingOne))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RATE_MISSING));
    }

    @Test
    void rejectsSurchargePointsOutside0To100() {
        SurchargePolicy bad = new SurchargePolicy(dutchDefaults().surcharges().byRegion(),
                Map.of("DE", new OverdueSurcharge(90, new BigDecimal("101"))));
        assertThatThrownBy(() -> FeeScheduleFixtures.withSurcharges(dutchDefaults(), bad))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("surcharges.DE.points");
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_OUT_OF_RANGE);
                });
    }

    @Test
    void picksTheVersionInForceOnADate() {
        FeeSchedule first = dutchDefaults();
        FeeSchedule second = FeeScheduleFixtures.validFrom(dutchDefaults(), LocalDate.parse("2025-01-01"));
        FeeScheduleHistory history = FeeScheduleHistory.of(second, first);
        assertThat(history.inForceAt(LocalDate.parse("2020-01-01"))).isSameAs(first);
        assertThat(history.inForceAt(LocalDate.parse("2024-12-31"))).isSameAs(first);
        assertThat(history.inForceAt(LocalDate.parse("2025-01-01"))).isSameAs(second);
        assertThatThrownBy(() -> history.inForceAt(LocalDate.parse("2019-12-31")))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_SCHEDULE_IN_FORCE));
    }

    @Test
    void rejectsTwoVersionsFromTheSameDay() {
        assertThatThrownBy(() -> FeeScheduleHistory.of(dutchDefaults(), dutchDefaults()))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_VALID_FROM));
    }
}
