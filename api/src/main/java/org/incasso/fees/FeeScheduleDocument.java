package org.incasso.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.MoneyViolations;
import org.incasso.common.ValidationException;
import org.incasso.fees.domain.AmicableDeadlines;
import org.incasso.fees.domain.AmountBand;
import org.incasso.fees.domain.CommissionRate;
import org.incasso.fees.domain.CommissionTable;
import org.incasso.fees.domain.DomesticFlatFee;
import org.incasso.fees.domain.DoorPolicy;
import org.incasso.fees.domain.DoorPolicyMode;
import org.incasso.fees.domain.FeeSchedule;
import org.incasso.fees.domain.OverdueSurcharge;
import org.incasso.fees.domain.Region;
import org.incasso.fees.domain.RegionClassifier;
import org.incasso.fees.domain.SurchargePolicy;
import org.incasso.fees.domain.WithdrawalRule;
import org.incasso.money.DomainValidationException;
import org.incasso.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The editable parts of a fee schedule version, as an administrator enters them and as they are
 * stored (decimals as strings, so nothing passes through floating point). The tenant supplies the
 * rest: home country (regions) and amicable-phase lengths, which stay tenant configuration, and
 * the currency of the amounts. {@link #toSchedule} validates with the domain's rules.
 */
public record FeeScheduleDocument(
        String currency,
        List<Band> bands,
        List<Rate> rates,
        List<Surcharge> surcharges,
        String registrationFee,
        Door doorPolicy,
        String domesticFlatFeePercent,
        boolean withdrawalIncludesSurcharge,
        @Nullable List<RegionOverride> regionOverrides,
        @Nullable List<CountrySurcharge> countrySurcharges) {

    /** Domain field names the API spells differently. */
    private static final Map<String, String> RENAMED = Map.of("domesticFlatFee.percent", "domesticFlatFeePercent");

    public FeeScheduleDocument {
        bands = List.copyOf(bands);
        rates = List.copyOf(rates);
        surcharges = List.copyOf(surcharges);
        // versions stored before these existed have none
        regionOverrides = regionOverrides == null ? List.of() : List.copyOf(regionOverrides);
        countrySurcharges = countrySurcharges == null ? List.of() : List.copyOf(countrySurcharges);
    }

    /** Without country-specific rules: every country in its region by the standard lists. */
    public FeeScheduleDocument(String currency, List<Band> bands, List<Rate> rates, List<Surcharge> surcharges,
            String registrationFee, Door doorPolicy, String domesticFlatFeePercent, boolean withdrawalIncludesSurcharge) {
        this(currency, bands, rates, surcharges, registrationFee, doorPolicy, domesticFlatFeePercent,
                withdrawalIncludesSurcharge, List.of(), List.of());
    }

    /** A country assigned to another region than the standard lists say. */
    public record RegionOverride(String country, Region region) {
    }

    /** An overdue surcharge for one country, replacing its region's. */
    public record CountrySurcharge(String country, int thresholdDays, String points) {
    }

    public FeeScheduleDocument withCurrency(String code) {
        return new FeeScheduleDocument(code, bands, rates, surcharges, registrationFee, doorPolicy,
                domesticFlatFeePercent, withdrawalIncludesSurcharge, regionOverrides, countrySurcharges);
    }

    public record Band(String name, String lowerExclusive, @Nullable String upperInclusive) {
    }

    public record Rate(Region region, String band, String percent) {
    }

    public record Surcharge(Region region, int thresholdDays, String points) {
    }

    public record Door(String minimumPrincipal, int maximumAgeMonths, DoorPolicyMode mode) {
    }

    public static FeeScheduleDocument of(FeeSchedule schedule) {
        return new FeeScheduleDocument(schedule.currency().getCurrencyCode(),
                schedule.commission().bands().stream().map(b -> new Band(b.name(), b.lowerExclusive().toPlainString(),
                        b.upperInclusive() == null ? null : b.upperInclusive().toPlainString())).toList(),
                schedule.commission().rates().stream()
                        .map(r -> new Rate(r.region(), r.band(), r.percent().toPlainString())).toList(),
                schedule.surcharges().byRegion().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new Surcharge(e.getKey(), e.getValue().thresholdDays(),
                                e.getValue().points().toPlainString())).toList(),
                schedule.registrationFee().amount().toPlainString(),
                new Door(schedule.doorPolicy().minimumPrincipal().amount().toPlainString(),
                        schedule.doorPolicy().maximumAgeMonths(), schedule.doorPolicy().mode()),
                schedule.domesticFlatFee().percent().toPlainString(),
                schedule.withdrawalRule().includeOverdueSurcharge(),
                schedule.regions().overrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new RegionOverride(e.getKey(), e.getValue())).toList(),
                schedule.surcharges().byCountry().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new CountrySurcharge(e.getKey(), e.getValue().thresholdDays(),
                                e.getValue().points().toPlainString())).toList());
    }

    /** The domain schedule; every refused field at once, named as in the input. */
    public FeeSchedule toSchedule(LocalDate validFrom, String homeCountry, AmicableDeadlines deadlines) {
        Parser parser = new Parser();
        Currency money = Currency.getInstance(currency);
        List<AmountBand> amountBands = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String field = "bands[" + i + "]";
            amountBands.add(new AmountBand(band.name(), parser.decimal(field + ".lowerExclusive", band.lowerExclusive()),
                    band.upperInclusive() == null ? null
                            : parser.decimal(field + ".upperInclusive", band.upperInclusive())));
        }
        List<CommissionRate> commissionRates = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            Rate rate = rates.get(i);
            commissionRates.add(new CommissionRate(rate.region(), rate.band(),
                    parser.decimal("rates[" + i + "].percent", rate.percent())));
        }
        Map<Region, OverdueSurcharge> byRegion = new EnumMap<>(Region.class);
        for (int i = 0; i < surcharges.size(); i++) {
            Surcharge s = surcharges.get(i);
            if (byRegion.put(s.region(), new OverdueSurcharge(s.thresholdDays(),
                    parser.decimal("surcharges[" + i + "].points", s.points()))) != null) {
                parser.add("surcharges[" + i + "].region", ErrorCode.DUPLICATE, "a second surcharge for " + s.region());
            }
        }
        RegionClassifier classifier = RegionClassifier.defaults(homeCountry);
        for (int i = 0; i < regionOverrides.size(); i++) {
            RegionOverride override = regionOverrides.get(i);
            String country = override.country() == null ? "" : override.country().strip().toUpperCase(java.util.Locale.ROOT);
            if (!org.incasso.common.Violations.isCountry(country)) {
                parser.add("regionOverrides[" + i + "].country", ErrorCode.UNKNOWN_COUNTRY, "'" + country + "'");
            } else {
                classifier = classifier.withOverride(country, override.region());
            }
        }
        Map<String, OverdueSurcharge> byCountry = new java.util.TreeMap<>();
        for (int i = 0; i < countrySurcharges.size(); i++) {
            CountrySurcharge c = countrySurcharges.get(i);
            String country = c.country() == null ? "" : c.country().strip().toUpperCase(java.util.Locale.ROOT);
            if (!org.incasso.common.Violations.isCountry(country)) {
                parser.add("countrySurcharges[" + i + "].country", ErrorCode.UNKNOWN_COUNTRY, "'" + country + "'");
            } else if (byCountry.put(country, new OverdueSurcharge(c.thresholdDays(),
                    parser.decimal("countrySurcharges[" + i + "].points", c.points()))) != null) {
                parser.add("countrySurcharges[" + i + "].country", ErrorCode.DUPLICATE, "a second surcharge for " + country);
            }
        }
        Money fee = parser.money("registrationFee", registrationFee, money);
        Money minimum = parser.money("doorPolicy.minimumPrincipal", doorPolicy.minimumPrincipal(), money);
        BigDecimal flatFee = parser.decimal("domesticFlatFeePercent", domesticFlatFeePercent);
        parser.throwIfAny();
        try {
            return new FeeSchedule(validFrom, money, classifier,
                    new CommissionTable(amountBands, commissionRates), new SurchargePolicy(byRegion, byCountry), fee,
                    new DoorPolicy(minimum, doorPolicy.maximumAgeMonths(), doorPolicy.mode()),
                    new DomesticFlatFee(flatFee), new WithdrawalRule(withdrawalIncludesSurcharge), deadlines);
        } catch (DomainValidationException e) {
            throw MoneyViolations.toValidation(e, "", RENAMED);
        }
    }

    /** Parses decimal strings, collecting what cannot be parsed instead of stopping at the first. */
    private static final class Parser {

        private final List<FieldViolation> violations = new ArrayList<>();

        BigDecimal decimal(String field, String value) {
            try {
                return new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                add(field, ErrorCode.INVALID_FORMAT, "'" + value + "' is not a decimal number");
                return BigDecimal.ZERO;
            }
        }

        Money money(String field, String value, Currency currency) {
            BigDecimal amount = decimal(field, value);
            try {
                return Money.of(amount, currency);
            } catch (DomainValidationException e) {
                add(field, MoneyViolations.code(e.code()), e.violations().getFirst().message());
                return Money.zero(currency);
            }
        }

        void add(String field, ErrorCode code, String message) {
            violations.add(new FieldViolation(field, code, message));
        }

        void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
        }
    }
}
