package org.incasso.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.MoneyViolations;
import org.incasso.common.NotFoundException;
import org.incasso.common.ValidationException;
import org.incasso.fees.domain.QuoteCalculator;
import org.incasso.fees.domain.QuoteRequest;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.money.DomainValidationException;
import org.incasso.money.Money;
import org.incasso.tenancy.Tenant;
import org.incasso.tenancy.TenantContext;
import org.incasso.tenancy.Tenants;
import org.springframework.stereotype.Service;

/**
 * The free quote. Needs no login: an anonymous caller gets the quote of the tenant serving the
 * host name it called (or the default tenant) and is rate-limited per client address; a logged-in
 * user always gets its own tenant's quote. Nothing is stored.
 */
@Service
public class QuoteService {

    private final FeeScheduleService schedules;
    private final Tenants tenants;
    private final CurrentUsers users;
    private final QuoteRateLimiter limiter;
    private final Clock clock;

    QuoteService(FeeScheduleService schedules, Tenants tenants, CurrentUsers users, QuoteRateLimiter limiter,
            Optional<Clock> clock) {
        this.schedules = schedules;
        this.tenants = tenants;
        this.users = users;
        this.limiter = limiter;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public AgencyQuote quote(QuoteQuery query, QuoteOrigin origin) {
        Optional<CurrentUser> user = users.current();
        if (user.isEmpty()) {
            limiter.acquire(origin.clientAddress() == null ? "unknown" : origin.clientAddress());
        }
        UUID tenant = user.map(CurrentUser::tenantId).orElseGet(() -> tenantServing(origin.host()));
        // the tenant is scoped before any transaction starts, so row-level security sees it
        return TenantContext.callAs(tenant, () -> calculate(query));
    }

    private AgencyQuote calculate(QuoteQuery query) {
        LocalDate today = LocalDate.now(clock);
        LocalDate submission = query.submissionDate() == null ? today : query.submissionDate();
        List<FieldViolation> violations = new ArrayList<>();
        Money principal = null;
        try {
            principal = Money.parse("principal", query.amount(), query.currency()).requirePositive("principal.amount");
        } catch (DomainValidationException e) {
            violations.addAll(MoneyViolations.toValidation(e).violations());
        }
        if (submission.isBefore(today)) {
            violations.add(new FieldViolation("submissionDate", ErrorCode.INVALID_DATE, "must not be in the past"));
        }
        if (query.oldestDueDate().isAfter(submission)) {
            violations.add(new FieldViolation("oldestDueDate", ErrorCode.INVALID_DATE,
                    "is after the submission date " + submission + "; only overdue invoices can be handed over"));
        }
        if (!violations.isEmpty() || principal == null) {
            throw new ValidationException(violations);
        }
        try {
            var quote = new QuoteCalculator(schedules.history())
                    .quote(new QuoteRequest(query.debtorCountry(), principal, query.oldestDueDate(), submission));
            return new AgencyQuote(tenants.byId(TenantContext.require()).orElseThrow(), quote);
        } catch (DomainValidationException e) {
            throw MoneyViolations.toValidation(e);
        }
    }

    private UUID tenantServing(@org.jspecify.annotations.Nullable String host) {
        // no host (should not happen over HTTP): the default tenant, as for a host nobody claims
        return tenants.byHost(host == null ? "" : host)
                .map(Tenant::id)
                .orElseThrow(() -> new NotFoundException("host", "no agency serves " + host));
    }
}
