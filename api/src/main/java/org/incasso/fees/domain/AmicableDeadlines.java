package org.incasso.fees.domain;

/** Days the amicable phase may take before the specialist advises on the next step. */
public record AmicableDeadlines(int domesticDays, int abroadDays) {

    public int daysFor(Region region) {
        return region == Region.DOMESTIC ? domesticDays : abroadDays;
    }
}
