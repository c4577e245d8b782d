package org.incasso.financials.domain;

import org.incasso.fees.domain.Region;

/** Which collection-costs rule applies to a claim. */
public enum CostsRegime {
    /** Besluit vergoeding voor buitengerechtelijke incassokosten: the Dutch scale. */
    DUTCH_SCALE,
    /** Directive 2011/7/EU art. 6: the fixed EUR 40 per claim. */
    EU_MINIMUM,
    /** No statutory collection costs. */
    NONE;

    /** Default: the scale for domestic debtors, the EU minimum elsewhere in the EU, none beyond. */
    public static CostsRegime defaultFor(Region region) {
        return switch (region) {
            case DOMESTIC -> DUTCH_SCALE;
            case EU -> EU_MINIMUM;
            case REST_OF_EUROPE, REST_OF_WORLD -> NONE;
        };
    }
}
