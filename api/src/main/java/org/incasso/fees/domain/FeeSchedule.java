package org.incasso.fees.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;
import org.incasso.money.Violations;

/**
 * One version of a tenant's fee schedule, in force from {@code validFrom}. A claim keeps the
 * version in force on its submission date (see {@link FeeScheduleHistory}). Amounts and band
 * bounds are in {@code currency}; construction rejects invalid data with every violation at once.
 */
public record FeeSchedule(
        LocalDate validFrom,
        Currency currency,
        RegionClassifier regions,
        CommissionTable commission,
        SurchargePolicy surcharges,
        Money registrationFee,
        DoorPolicy doorPolicy,
        DomesticFlatFee domesticFlatFee,
        WithdrawalRule withdrawalRule,
        AmicableDeadlines amicableDeadlines) {

    public FeeSchedule {
        Objects.requireNonNull(validFrom, "validFrom");
        Violations violations = new Violations();
        commission.validate(violations);
        surcharges.validate(violations);
        violations.checkPercent("domesticFlatFee.percent", domesticFlatFee.percent());
        violations.check(!registrationFee.isNegative(), "registrationFee", ErrorCode.AMOUNT_NEGATIVE, "negative");
        checkCurrency(violations, "registrationFee", registrationFee, currency);
        checkCurrency(violations, "doorPolicy.minimumPrincipal", doorPolicy.minimumPrincipal(), currency);
        violations.check(doorPolicy.maximumAgeMonths() > 0, "doorPolicy.maximumAgeMonths",
                ErrorCode.DAYS_OUT_OF_RANGE, "must be above zero");
        violations.check(amicableDeadlines.domesticDays() > 0 && amicableDeadlines.abroadDays() > 0,
                "amicableDeadlines", ErrorCode.DAYS_OUT_OF_RANGE, "must be above zero");
        violations.throwIfAny();
    }

    /** The product brief's defaults (amounts taken as given in {@code currency}). */
    public static FeeSchedule defaults(String homeCountry, Currency currency, LocalDate validFrom) {
        List<AmountBand> bands = List.of(
                new AmountBand("UP_TO_2500", BigDecimal.ZERO, new BigDecimal("2500")),
                new AmountBand("ABOVE_2500", new BigDecimal("2500"), null));
        List<CommissionRate> rates = new ArrayList<>();
        addRates(rates, Region.DOMESTIC, "12", "9");
        addRates(rates, Region.EU, "15", "12");
        addRates(rates, Region.REST_OF_EUROPE, "18", "15");
        addRates(rates, Region.REST_OF_WORLD, "25", "20");
        Map<Region, OverdueSurcharge> surcharge = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            surcharge.put(region, new OverdueSurcharge(180, new BigDecimal("2")));
        }
        return new FeeSchedule(validFrom, currency, RegionClassifier.defaults(homeCountry),
                new CommissionTable(bands, rates), new SurchargePolicy(surcharge, Map.of()),
                Money.of(new BigDecimal("50"), currency),
                new DoorPolicy(Money.of(new BigDecimal("250"), currency), 36, DoorPolicyMode.WARN),
                new DomesticFlatFee(new BigDecimal("15")), new WithdrawalRule(true), new AmicableDeadlines(90, 120));
    }

    /** What a claim against a debtor in {@code debtorCountry} keeps from this version. */
    public CommissionTerms termsFor(String debtorCountry, Money principal, LocalDate oldestDueDate,
            LocalDate submissionDate) {
        principal.requirePositive("principal").requireCurrency("principal.currency", currency);
        if (oldestDueDate.isAfter(submissionDate)) {
            throw DomainValidationException.of("oldestDueDate", ErrorCode.DUE_DATE_IN_FUTURE,
                    oldestDueDate + " is after the submission date " + submissionDate);
        }
        Region region = regions.classify(debtorCountry);
        AmountBand band = commission.band(principal.amount());
        long daysOverdue = ChronoUnit.DAYS.between(oldestDueDate, submissionDate);
        OverdueSurcharge surcharge = surcharges.forDebtor(debtorCountry, region);
        BigDecimal points = surcharge.appliesTo(daysOverdue) ? surcharge.points() : BigDecimal.ZERO;
        return new CommissionTerms(validFrom, debtorCountry, region, band, commission.percent(region, band),
                surcharge, daysOverdue, points, domesticFlatFee.percent(), withdrawalRule, currency);
    }

    private static void addRates(List<CommissionRate> rates, Region region, String upTo, String above) {
        rates.add(new CommissionRate(region, "UP_TO_2500", new BigDecimal(upTo)));
        rates.add(new CommissionRate(region, "ABOVE_2500", new BigDecimal(above)));
    }

    private static void checkCurrency(Violations violations, String field, Money money, Currency currency) {
        violations.check(money.currency().equals(currency), field, ErrorCode.CURRENCY_MISMATCH,
                "expected " + currency + " but was " + money.currency());
    }
}
