package org.incasso.fees;

import java.time.OffsetDateTime;
import org.incasso.fees.domain.FeeSchedule;
import org.jspecify.annotations.Nullable;

/**
 * A fee schedule version as the tenant works with it; {@code createdBy} and {@code createdAt} are
 * {@code null} for the product defaults that a tenant has until its administrator stores a version.
 */
public record FeeScheduleVersion(FeeSchedule schedule, @Nullable String createdBy, @Nullable OffsetDateTime createdAt) {

    public boolean isDefault() {
        return createdBy == null;
    }
}
