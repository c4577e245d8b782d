package org.incasso.fees.domain;

import java.util.Set;

/** Seed data for the region classifier (ISO 3166 alpha-2); tenants may override single countries. */
final class CountryLists {

    /** The 27 EU member states. */
    static final Set<String> EU = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** European countries outside the EU. */
    static final Set<String> REST_OF_EUROPE = Set.of(
            "AL", "AD", "AM", "AZ", "BY", "BA", "FO", "GE", "GI", "GB", "GG", "IS", "IM", "JE", "XK",
            "LI", "MD", "MC", "ME", "MK", "NO", "RS", "RU", "SM", "CH", "TR", "UA", "VA");

    private CountryLists() {
    }
}
