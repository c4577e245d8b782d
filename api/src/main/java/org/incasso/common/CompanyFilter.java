package org.incasso.common;

import org.jspecify.annotations.Nullable;

/** Filter for company lists: part of the name (case-insensitive) and/or the country. */
public record CompanyFilter(@Nullable String name, @Nullable String country) {

    public static final CompanyFilter NONE = new CompanyFilter(null, null);

    public CompanyFilter normalized() {
        return new CompanyFilter(Text.clean(name), Text.upper(country));
    }
}
