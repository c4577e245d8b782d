package org.incasso.fees.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.incasso.money.Money;

/** Fee schedules and commission terms for tests, built from the product brief's defaults. */
public final class FeeScheduleFixtures {

    public static final Currency EUR = Currency.getInstance("EUR");
    public static final LocalDate SCHEDULE_START = LocalDate.parse("2020-01-01");

    private FeeScheduleFixtures() {
    }

    /** The default schedule of a Dutch tenant. */
    public static FeeSchedule dutchDefaults() {
        return FeeSchedule.defaults("NL", EUR, SCHEDULE_START);
    }

    /** Terms of a claim against a debtor in {@code country}, {@code daysOverdue} days overdue at submission. */
    public static CommissionTerms terms(String country, String principal, long daysOverdue) {
        LocalDate submitted = LocalDate.parse("2024-02-15");
        return dutchDefaults().termsFor(country, Money.of(principal, "EUR"), submitted.minusDays(daysOverdue), submitted);
    }

    public static FeeSchedule withDoorPolicy(FeeSchedule s, DoorPolicy policy) {
        return new FeeSchedule(s.validFrom(), s.currency(), s.regions(), s.commission(), s.surcharges(),
                s.registrationFee(), policy, s.domesticFlatFee(), s.withdrawalRule(), s.amicableDeadlines());
    }

    public static FeeSchedule withBands(FeeSchedule s, List<AmountBand> bands, List<CommissionRate> rates) {
        return new FeeSchedule(s.validFrom(), s.currency(), s.regions(), new CommissionTable(bands, rates),
                s.surcharges(), s.registrationFee(), s.doorPolicy(), s.domesticFlatFee(), s.withdrawalRule(),
                s.amicableDeadlines());
    }

    public static FeeSchedule withSurcharges(FeeSchedule s, SurchargePolicy surcharges) {
        return new FeeSchedule(s.validFrom(), s.currency(), s.regions(), s.commission(), surcharges,
                s.registrationFee(), s.doorPolicy(), s.domesticFlatFee(), s.withdrawalRule(), s.amicableDeadlines());
    }

    public static FeeSchedule withWithdrawalRule(FeeSchedule s, WithdrawalRule rule) {
        return new FeeSchedule(s.validFrom(), s.currency(), s.regions(), s.commission(), s.surcharges(),
                s.registrationFee(), s.doorPolicy(), s.domesticFlatFee(), rule, s.amicableDeadlines());
    }

    public static FeeSchedule validFrom(FeeSchedule s, LocalDate validFrom) {
        return new FeeSchedule(validFrom, s.currency(), s.regions(), s.commission(), s.surcharges(),
                s.registrationFee(), s.doorPolicy(), s.domesticFlatFee(), s.withdrawalRule(), s.amicableDeadlines());
    }

    /** The default bands with the same {@code percent} for every region and band. */
    public static List<CommissionRate> flatRates(String percent) {
        return java.util.Arrays.stream(Region.values())
                .flatMap(r -> java.util.stream.Stream.of(
                        new CommissionRate(r, "UP_TO_2500", new BigDecimal(percent)),
                        new CommissionRate(r, "ABOVE_2500", new BigDecimal(percent))))
                .toList();
    }
}
