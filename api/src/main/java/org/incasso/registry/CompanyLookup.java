package org.incasso.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.incasso.common.CompanyDetails;
import org.incasso.common.NotFoundException;
import org.incasso.debtors.DebtorService;
import org.incasso.tenancy.Tenant;
import org.incasso.tenancy.TenantContext;
import org.incasso.tenancy.Tenants;
import org.springframework.stereotype.Service;

/**
 * Suggestions for a company name typed on a public page, for the tenant serving the host name.
 *
 * <p>Anonymous visitors see the names and addresses of the tenant's <em>debtors</em> and of the
 * public registries, never its creditors: who hands claims to an agency is the agency's client
 * list, while a debtor's name and address is what the visitor is about to type anyway. To make
 * browsing the debtor list harder a name needs {@value #MIN_LENGTH} characters and only
 * {@value #TENANT_LIMIT} known debtors are suggested.
 */
@Service
public class CompanyLookup {

    public static final int MIN_LENGTH = 3;
    static final int TENANT_LIMIT = 5;

    private final Tenants tenants;
    private final DebtorService debtors;
    private final List<CompanyRegistry> registries;

    CompanyLookup(Tenants tenants, DebtorService debtors, List<CompanyRegistry> registries) {
        this.tenants = tenants;
        this.debtors = debtors;
        this.registries = List.copyOf(registries);
    }

    /** Known debtors first, then registry entries; one suggestion per name and country. */
    public List<CompanySuggestion> suggest(String host, String typed) {
        String name = typed.strip();
        if (name.length() < MIN_LENGTH) {
            return List.of();
        }
        UUID tenant = tenants.byHost(host).map(Tenant::id)
                .orElseThrow(() -> new NotFoundException("host", "no agency serves " + host));
        List<CompanySuggestion> found = new ArrayList<>(TenantContext.callAs(tenant,
                () -> debtors.suggest(name, TENANT_LIMIT)).stream().map(CompanyLookup::known).toList());
        registries.forEach(registry -> found.addAll(registry.search(name)));
        Map<String, CompanySuggestion> unique = new LinkedHashMap<>();
        found.forEach(s -> unique.putIfAbsent(s.name().toLowerCase(Locale.ROOT) + "|" + s.country(), s));
        return List.copyOf(unique.values());
    }

    private static CompanySuggestion known(CompanyDetails company) {
        return new CompanySuggestion(java.util.Objects.requireNonNull(company.name()),
                java.util.Objects.requireNonNull(company.address()), CompanySuggestion.Source.TENANT, null);
    }
}
