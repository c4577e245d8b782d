package org.incasso.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.MoneyViolations;
import org.incasso.common.ValidationException;
import org.incasso.fees.domain.AmicableDeadlines;
import org.incasso.fees.domain.FeeSchedule;
import org.incasso.fees.domain.FeeScheduleHistory;
import org.incasso.fees.persistence.FeeScheduleRepository;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.incasso.money.DomainValidationException;
import org.incasso.tenancy.Tenant;
import org.incasso.tenancy.TenantContext;
import org.incasso.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's fee schedule versions: staff read them, administrators add versions from a future
 * date (never today or earlier, so that no submitted claim changes its terms), each change audited.
 * Until a tenant stores its first version it works with the product defaults from
 * {@link #DEFAULTS_FROM}; stored versions take over from their dates.
 */
@Service
public class FeeScheduleService implements FeeSchedules {

    static final LocalDate DEFAULTS_FROM = LocalDate.of(2000, 1, 1);

    private final FeeScheduleRepository repository;
    private final Tenants tenants;
    private final CurrentUsers users;
    private final Clock clock;

    FeeScheduleService(FeeScheduleRepository repository, Tenants tenants, CurrentUsers users, Optional<Clock> clock) {
        this.repository = repository;
        this.tenants = tenants;
        this.users = users;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** All versions, oldest first (the defaults first while no stored version replaces them). Staff only. */
    @Transactional(readOnly = true)
    public List<FeeScheduleVersion> versions() {
        users.require().requireAnyRole(Role.ADMIN, Role.SPECIALIST);
        return load();
    }

    /** The version in force on {@code date} (today when {@code null}). Staff only. */
    @Transactional(readOnly = true)
    public FeeScheduleVersion inForce(@Nullable LocalDate date) {
        users.require().requireAnyRole(Role.ADMIN, Role.SPECIALIST);
        return inForce(load(), date == null ? LocalDate.now(clock) : date);
    }

    /** The audit trail, newest first. Administrators only. */
    @Transactional(readOnly = true)
    public List<FeeScheduleChange> changes(int limit) {
        users.require().requireAnyRole(Role.ADMIN);
        return repository.changes(Math.clamp(limit, 1, 500));
    }

    /** Stores a new version from {@code validFrom} (after today) and audits it; refused input stores nothing. */
    @Transactional
    public FeeScheduleVersion update(LocalDate validFrom, FeeScheduleDocument entered) {
        CurrentUser user = users.require();
        user.requireAnyRole(Role.ADMIN);
        Tenant tenant = tenant();
        // the amounts of a schedule are in the tenant's currency
        FeeScheduleDocument document = withCurrency(entered, tenant);
        List<FieldViolation> violations = new ArrayList<>();
        if (!validFrom.isAfter(LocalDate.now(clock))) {
            violations.add(new FieldViolation("validFrom", ErrorCode.INVALID_DATE,
                    "a new version must start after today; submitted claims keep their terms"));
        } else if (repository.exists(validFrom)) {
            violations.add(new FieldViolation("validFrom", ErrorCode.DUPLICATE, "a version from " + validFrom
                    + " exists already; versions are never changed"));
        }
        FeeSchedule schedule = null;
        try {
            schedule = document.toSchedule(validFrom, tenant.homeCountry(), deadlines(tenant));
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty() || schedule == null) {
            throw new ValidationException(violations);
        }
        FeeScheduleVersion superseded = inForce(load(), validFrom);
        try {
            StoredFeeSchedule stored = repository.insert(validFrom, document, user.subject());
            repository.audit(stored.id(), user.subject(), user.displayName(),
                    FeeScheduleDocument.of(superseded.schedule()), document);
            return new FeeScheduleVersion(schedule, stored.createdBy(), stored.createdAt());
        } catch (DuplicateKeyException e) {
            throw ValidationException.of("validFrom", ErrorCode.DUPLICATE, "a version from " + validFrom
                    + " was stored at the same time");
        }
    }

    /** For calculations (the quote, claims): no user needed, the tenant comes from the context. */
    @Override
    @Transactional(readOnly = true)
    public FeeScheduleHistory history() {
        try {
            return new FeeScheduleHistory(load().stream().map(FeeScheduleVersion::schedule).toList());
        } catch (DomainValidationException e) {
            throw MoneyViolations.toValidation(e);
        }
    }

    private List<FeeScheduleVersion> load() {
        Tenant tenant = tenant();
        List<FeeScheduleVersion> versions = new ArrayList<>();
        List<StoredFeeSchedule> stored = repository.versions();
        if (stored.isEmpty() || stored.getFirst().validFrom().isAfter(DEFAULTS_FROM)) {
            versions.add(new FeeScheduleVersion(defaults(tenant), null, null));
        }
        stored.forEach(s -> versions.add(new FeeScheduleVersion(
                s.schedule().toSchedule(s.validFrom(), tenant.homeCountry(), deadlines(tenant)),
                s.createdBy(), s.createdAt())));
        return versions;
    }

    private static FeeScheduleVersion inForce(List<FeeScheduleVersion> versions, LocalDate date) {
        return versions.reversed().stream().filter(v -> !v.schedule().validFrom().isAfter(date)).findFirst()
                .orElseThrow(() -> ValidationException.of("at", ErrorCode.INVALID_DATE,
                        "no fee schedule in force on " + date));
    }

    private static FeeSchedule defaults(Tenant tenant) {
        FeeSchedule defaults = FeeSchedule.defaults(tenant.homeCountry(), tenant.defaultCurrency(), DEFAULTS_FROM);
        return new FeeSchedule(defaults.validFrom(), defaults.currency(), defaults.regions(), defaults.commission(),
                defaults.surcharges(), defaults.registrationFee(), defaults.doorPolicy(), defaults.domesticFlatFee(),
                defaults.withdrawalRule(), deadlines(tenant));
    }

    // the amicable-phase lengths stay tenant configuration (V009), one source for claims and quotes
    private static AmicableDeadlines deadlines(Tenant tenant) {
        return new AmicableDeadlines(tenant.amicableDaysDomestic(), tenant.amicableDaysAbroad());
    }

    private static FeeScheduleDocument withCurrency(FeeScheduleDocument d, Tenant tenant) {
        return d.withCurrency(tenant.defaultCurrency().getCurrencyCode());
    }

    private Tenant tenant() {
        return tenants.byId(TenantContext.require()).orElseThrow();
    }
}
