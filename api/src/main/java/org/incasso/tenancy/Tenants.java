package org.incasso.tenancy;

import java.util.Optional;
import java.util.UUID;
import org.incasso.tenancy.persistence.TenantRepository;
import org.springframework.stereotype.Service;

/** Looks tenants up by id (from tokens) and by host name (public pages). */
@Service
public class Tenants {

    private final TenantRepository repository;
    private final TenancyProperties properties;

    Tenants(TenantRepository repository, TenancyProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    public Optional<Tenant> byId(UUID id) {
        return repository.findById(id);
    }

    /** The tenant serving a host name, or the configured default tenant. */
    public Optional<Tenant> byHost(String host) {
        return repository.findByHost(host.toLowerCase(java.util.Locale.ROOT))
                .or(() -> Optional.ofNullable(properties.defaultTenant()).flatMap(repository::findBySlug));
    }

    public java.util.List<Tenant> all() {
        return repository.findAll();
    }
}
