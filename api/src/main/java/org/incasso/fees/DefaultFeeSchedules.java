package org.incasso.fees;

import java.time.LocalDate;
import org.incasso.fees.domain.FeeSchedule;
import org.incasso.tenancy.Tenant;
import org.incasso.tenancy.TenantContext;
import org.incasso.tenancy.Tenants;
import org.springframework.stereotype.Component;

/** Until tenants store their own schedules: the defaults of the product brief for the tenant's home country. */
@Component
class DefaultFeeSchedules implements FeeSchedules {

    private final Tenants tenants;

    DefaultFeeSchedules(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public FeeSchedule inForceAt(LocalDate date) {
        Tenant tenant = tenants.byId(TenantContext.require()).orElseThrow();
        return FeeSchedule.defaults(tenant.homeCountry(), tenant.defaultCurrency(), LocalDate.of(2000, 1, 1));
    }
}
