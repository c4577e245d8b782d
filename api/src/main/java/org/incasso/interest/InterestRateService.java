package org.incasso.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.ValidationException;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.incasso.interest.domain.EcbReferenceRates;
import org.incasso.interest.domain.InterestRate;
import org.incasso.interest.domain.InterestRateTable;
import org.incasso.interest.domain.InterestRateTables;
import org.incasso.interest.persistence.InterestRateRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory interest rates as tenant data: a table per debtor country, and the ECB main
 * refinancing rate from which every other country's rate follows (+ 8 points). A tenant without
 * stored rows uses the seed rates of the product brief; the first row an administrator adds
 * stores the seed first, so that adding one rate never hides the others.
 */
@Service
public class InterestRateService implements InterestRates {

    /** The table key of the ECB main refinancing rate. */
    public static final String ECB = "ECB";
    static final String SEED = "seed";
    private static final String FALLBACK_NAME = "ECB reference rate + 8 points (directive 2011/7/EU)";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final InterestRateRepository repository;
    private final CurrentUsers users;

    InterestRateService(InterestRateRepository repository, CurrentUsers users) {
        this.repository = repository;
        this.users = users;
    }

    /** For the calculators: no user needed, the tenant comes from the context. */
    @Override
    @Transactional(readOnly = true)
    public InterestRateTables tables() {
        List<StoredInterestRate> rows = repository.all();
        if (rows.isEmpty()) {
            return InterestRateTables.defaults();
        }
        Map<String, List<InterestRate>> byTable = rows.stream().collect(Collectors.groupingBy(
                StoredInterestRate::table, TreeMap::new,
                Collectors.mapping(r -> new InterestRate(r.validFrom(), r.percent()), Collectors.toList())));
        List<InterestRate> ecb = byTable.remove(ECB);
        Map<String, InterestRateTable> countries = new TreeMap<>();
        byTable.forEach((country, rates) -> countries.put(country, new InterestRateTable(name(country), rates)));
        return new InterestRateTables(countries, ecb == null ? InterestRateTables.defaults().fallback()
                : InterestRateTable.ecbPlus(FALLBACK_NAME, ecb, InterestRateTables.DIRECTIVE_POINTS));
    }

    /** The table for debtors in {@code country} ({@code ECB}: the reference rate itself). Any logged-in user. */
    @Transactional(readOnly = true)
    public InterestRateTableView table(String country) {
        users.require();
        String key = country.trim().toUpperCase(Locale.ROOT);
        new RateInput().table("country", key).throwIfAny();
        InterestRateTables tables = tables();
        if (ECB.equals(key)) {
            List<StoredInterestRate> rows = repository.all().stream().filter(r -> ECB.equals(r.table())).toList();
            List<InterestRate> rates = rows.isEmpty() ? EcbReferenceRates.mainRefinancingRate()
                    : rows.stream().map(r -> new InterestRate(r.validFrom(), r.percent())).toList();
            return new InterestRateTableView(ECB, false, new InterestRateTable("ECB main refinancing rate", rates));
        }
        boolean own = tables.byCountry().containsKey(key);
        return new InterestRateTableView(key, !own, tables.forCountry(key));
    }

    /** Adds a rate from {@code validFrom} to a country's table (or the ECB table). Administrators only. */
    @Transactional
    public InterestRateTableView add(String country, LocalDate validFrom, String percent) {
        CurrentUser user = users.require();
        user.requireAnyRole(Role.ADMIN);
        String key = country.trim().toUpperCase(Locale.ROOT);
        RateInput violations = new RateInput().table("country", key);
        BigDecimal rate = violations.percent("percent", percent);
        violations.throwIfAny();
        if (repository.all().isEmpty()) {
            repository.insertMissing(seed());
        }
        if (repository.exists(key, validFrom)) {
            throw ValidationException.of("validFrom", ErrorCode.DUPLICATE, key + " has a rate from " + validFrom
                    + " already; a correction is a new rate from a later date");
        }
        try {
            repository.insert(new StoredInterestRate(key, validFrom, rate, user.subject()));
        } catch (DuplicateKeyException e) {
            throw ValidationException.of("validFrom", ErrorCode.DUPLICATE, key + " got a rate from " + validFrom
                    + " at the same time");
        }
        return table(key);
    }

    private static List<StoredInterestRate> seed() {
        List<StoredInterestRate> rows = new ArrayList<>();
        InterestRateTables.defaults().byCountry().forEach((country, table) -> table.rates()
                .forEach(r -> rows.add(new StoredInterestRate(country, r.validFrom(), r.percent(), SEED))));
        EcbReferenceRates.mainRefinancingRate()
                .forEach(r -> rows.add(new StoredInterestRate(ECB, r.validFrom(), r.percent(), SEED)));
        return rows;
    }

    private static String name(String country) {
        return "NL".equals(country) ? InterestRateTable.dutchStatutoryCommercial().name()
                : country + " statutory interest";
    }

    /** Input checks of a rate row, every violation at once. */
    private static final class RateInput {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
        private final List<FieldViolation> found = new ArrayList<>();

        RateInput table(String field, String key) {
            if (!ECB.equals(key) && !COUNTRIES.contains(key)) {
                found.add(new FieldViolation(field, ErrorCode.UNKNOWN_COUNTRY,
                        "'" + key + "' is neither an ISO 3166-1 alpha-2 country code nor ECB"));
            }
            return this;
        }

        BigDecimal percent(String field, String value) {
            BigDecimal percent;
            try {
                percent = new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                found.add(new FieldViolation(field, ErrorCode.INVALID_FORMAT, "'" + value + "' is not a decimal number"));
                return BigDecimal.ZERO;
            }
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                found.add(new FieldViolation(field, ErrorCode.OUT_OF_RANGE, "must be between 0 and 100, was " + value));
            } else if (percent.stripTrailingZeros().scale() > 4) {
                found.add(new FieldViolation(field, ErrorCode.TOO_MANY_DECIMALS, "at most 4 decimals"));
            }
            return percent;
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new ValidationException(found);
            }
        }
    }
}
