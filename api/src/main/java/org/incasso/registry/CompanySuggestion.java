package org.incasso.registry;

import org.incasso.common.Address;
import org.jspecify.annotations.Nullable;

/**
 * A company a visitor may mean: its name and address only (nothing else about a tenant's
 * debtors is shown to anonymous visitors).
 *
 * @param lei the Legal Entity Identifier when the suggestion comes from the GLEIF registry
 */
public record CompanySuggestion(String name, Address address, Source source, @Nullable String lei) {

    public enum Source {
        /** A debtor the tenant already knows. */
        TENANT,
        /** A public company registry. */
        REGISTRY
    }

    public @Nullable String country() {
        return address.country();
    }

    /** A company the visitor typed that no source knows. */
    public static CompanySuggestion typed(String name) {
        return new CompanySuggestion(name.strip(), new Address(null, null, null, null), Source.TENANT, null);
    }
}
