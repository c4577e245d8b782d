package org.incasso.fees.domain;

import java.math.BigDecimal;
import java.util.List;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/**
 * A free quote: the commission terms the claim would get, the registration fee, the expected
 * length of the amicable phase, door-policy warnings (a refusal when the tenant refuses such
 * claims) and the explanation of every figure.
 */
public record Quote(
        CommissionTerms terms,
        Money registrationFee,
        int expectedAmicableDays,
        List<QuoteWarning> warnings,
        boolean refused,
        List<ExplanationLine> explanation) {

    public Quote {
        warnings = List.copyOf(warnings);
        explanation = List.copyOf(explanation);
    }

    public Region region() {
        return terms.region();
    }

    public AmountBand band() {
        return terms.band();
    }

    /** Commission rate including the surcharge. */
    public BigDecimal commissionRatePercent() {
        return terms.ratePercent();
    }

    public BigDecimal surchargePoints() {
        return terms.surchargePoints();
    }
}
