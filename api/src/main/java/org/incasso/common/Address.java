package org.incasso.common;

import org.jspecify.annotations.Nullable;

/** A postal address; {@code country} is an ISO 3166-1 alpha-2 code. */
public record Address(@Nullable String street, @Nullable String postalCode, @Nullable String city,
        @Nullable String country) {

    public Address normalized() {
        return new Address(Text.clean(street), Text.clean(postalCode), Text.clean(city), Text.upper(country));
    }

    public void validate(String path, Violations violations) {
        violations.optionalText(path + ".street", street, 200)
                .optionalText(path + ".postalCode", postalCode, 20)
                .optionalText(path + ".city", city, 100)
                .country(path + ".country", country);
    }
}
