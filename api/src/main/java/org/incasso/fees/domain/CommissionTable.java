package org.incasso.fees.domain;

import java.math.BigDecimal;
import java.util.List;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Violations;

/** Amount bands (ascending, contiguous, last one open-ended) and a commission rate per region and band. */
public record CommissionTable(List<AmountBand> bands, List<CommissionRate> rates) {

    public CommissionTable {
        bands = List.copyOf(bands);
        rates = List.copyOf(rates);
    }

    public AmountBand band(BigDecimal principal) {
        return bands.stream().filter(b -> b.contains(principal)).findFirst()
                .orElseThrow(() -> DomainValidationException.of("principal", ErrorCode.AMOUNT_NOT_POSITIVE,
                        "no amount band covers " + principal.toPlainString()));
    }

    public BigDecimal percent(Region region, AmountBand band) {
        return rates.stream().filter(r -> r.region() == region && r.band().equals(band.name()))
                .map(CommissionRate::percent).findFirst()
                .orElseThrow(() -> DomainValidationException.of("rates", ErrorCode.RATE_MISSING,
                        "no rate for " + region + " / " + band.name()));
    }

    void validate(Violations violations) {
        violations.check(!bands.isEmpty(), "bands", ErrorCode.REQUIRED, "at least one amount band");
        for (int i = 0; i < bands.size(); i++) {
            validateBand(violations, i);
        }
        for (int i = 0; i < rates.size(); i++) {
            violations.checkPercent("rates[" + i + "].percent", rates.get(i).percent());
        }
        for (Region region : Region.values()) {
            for (AmountBand band : bands) {
                long count = rates.stream().filter(r -> r.region() == region && r.band().equals(band.name())).count();
                violations.check(count == 1, "rates", ErrorCode.RATE_MISSING,
                        "need exactly one rate for " + region + " / " + band.name() + ", found " + count);
            }
        }
    }

    private void validateBand(Violations violations, int i) {
        AmountBand band = bands.get(i);
        String field = "bands[" + i + "]";
        BigDecimal upper = band.upperInclusive();
        boolean last = i == bands.size() - 1;
        violations.check(upper == null || upper.compareTo(band.lowerExclusive()) > 0, field + ".upperInclusive",
                ErrorCode.BANDS_NOT_ASCENDING, "upper bound must be above the lower bound");
        violations.check(upper != null || last, field + ".upperInclusive", ErrorCode.BANDS_OVERLAP,
                "an open-ended band must be the last one");
        violations.check(upper == null || !last, field + ".upperInclusive", ErrorCode.BANDS_GAP,
                "the last band must be open-ended");
        if (i == 0) {
            violations.check(band.lowerExclusive().signum() == 0, field + ".lowerExclusive", ErrorCode.BANDS_GAP,
                    "the first band must start at zero");
            return;
        }
        AmountBand previous = bands.get(i - 1);
        if (band.lowerExclusive().compareTo(previous.lowerExclusive()) <= 0) {
            violations.add(field + ".lowerExclusive", ErrorCode.BANDS_NOT_ASCENDING, "bands must be in ascending order");
        } else if (previous.upperInclusive() != null) {
            int cmp = band.lowerExclusive().compareTo(previous.upperInclusive());
            violations.check(cmp >= 0, field + ".lowerExclusive", ErrorCode.BANDS_OVERLAP,
                    "overlaps the previous band, which runs up to " + previous.upperInclusive().toPlainString());
            violations.check(cmp <= 0, field + ".lowerExclusive", ErrorCode.BANDS_GAP,
                    "leaves a gap after " + previous.upperInclusive().toPlainString());
        }
    }
}
