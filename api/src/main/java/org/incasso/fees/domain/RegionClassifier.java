package org.incasso.fees.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Violations;

/**
 * Assigns a debtor country to a {@link Region}: an explicit override first, then the tenant's home
 * country (domestic), then the EU list, then the rest-of-Europe list, else rest of world.
 */
public record RegionClassifier(
        String homeCountry, Set<String> euCountries, Set<String> europeCountries, Map<String, Region> overrides) {

    private static final Set<String> ISO_COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    public RegionClassifier {
        euCountries = Set.copyOf(euCountries);
        europeCountries = Set.copyOf(europeCountries);
        overrides = Map.copyOf(overrides);
        Violations violations = new Violations();
        violations.check(isCountry(homeCountry), "homeCountry", ErrorCode.UNKNOWN_COUNTRY, "'" + homeCountry + "'");
        overrides.keySet().forEach(c -> violations.check(isCountry(c), "regionOverrides." + c,
                ErrorCode.UNKNOWN_COUNTRY, "'" + c + "'"));
        violations.throwIfAny();
    }

    public static RegionClassifier defaults(String homeCountry) {
        return new RegionClassifier(homeCountry, CountryLists.EU, CountryLists.REST_OF_EUROPE, Map.of());
    }

    public RegionClassifier withOverride(String country, Region region) {
        Map<String, Region> merged = new HashMap<>(overrides);
        merged.put(country, region);
        return new RegionClassifier(homeCountry, euCountries, europeCountries, merged);
    }

    public Region classify(String country) {
        if (!isCountry(country)) {
            throw DomainValidationException.of("debtorCountry", ErrorCode.UNKNOWN_COUNTRY,
                    "'" + country + "' is not an ISO 3166 alpha-2 country code");
        }
        Region override = overrides.get(country);
        if (override != null) {
            return override;
        }
        if (country.equals(homeCountry)) {
            return Region.DOMESTIC;
        }
        if (euCountries.contains(country)) {
            return Region.EU;
        }
        return europeCountries.contains(country) ? Region.REST_OF_EUROPE : Region.REST_OF_WORLD;
    }

    static boolean isCountry(String code) {
        return ISO_COUNTRIES.contains(code) || "XK".equals(code);
    }
}
