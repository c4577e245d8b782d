package org.incasso.tenancy;

import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

/**
 * A collection agency (or one country office of it): the unit of isolation.
 *
 * @param amicableDaysDomestic length of the amicable phase for debtors in the home country
 * @param amicableDaysAbroad length of the amicable phase for debtors abroad
 */
public record Tenant(UUID id, String slug, String name, String homeCountry, Currency defaultCurrency, Locale locale,
        int amicableDaysDomestic, int amicableDaysAbroad) {
}
