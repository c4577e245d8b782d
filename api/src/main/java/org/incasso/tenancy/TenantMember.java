package org.incasso.tenancy;

import java.util.UUID;

/** Implemented by authenticated principals: the tenant they act for. */
public interface TenantMember {

    UUID tenantId();
}
