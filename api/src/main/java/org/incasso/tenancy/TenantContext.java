package org.incasso.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant the current unit of work acts for: an explicitly scoped tenant (background work,
 * the public quote resolved from the host name) or else the authenticated principal's tenant.
 * Row-level security receives it per transaction through {@link TenantTransactionManager}.
 */
public final class TenantContext {

    private static final ScopedValue<UUID> SCOPED = ScopedValue.newInstance();

    private TenantContext() {
    }

    public static Optional<UUID> current() {
        if (SCOPED.isBound()) {
            return Optional.of(SCOPED.get());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantMember member) {
            return Optional.of(member.tenantId());
        }
        return Optional.empty();
    }

    public static UUID require() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant in this context"));
    }

    /** Runs work on behalf of a tenant without a user, e.g. jobs and public pages. */
    public static <T> T callAs(UUID tenantId, Callable<T> work) {
        try {
            return ScopedValue.where(SCOPED, tenantId).call(work::call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void runAs(UUID tenantId, Runnable work) {
        ScopedValue.where(SCOPED, tenantId).run(work);
    }
}
