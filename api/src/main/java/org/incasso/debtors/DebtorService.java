package org.incasso.debtors;

import java.util.Optional;
import java.util.UUID;
import org.incasso.common.CompanyDetails;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.incasso.common.NotFoundException;
import org.incasso.common.Page;
import org.incasso.common.PageRequest;
import org.incasso.common.Violations;
import org.incasso.debtors.persistence.DebtorRepository;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages debtors. Only the agency's staff (ADMIN, SPECIALIST) see and change them; creditors
 * meet their debtors through their claims, partners through assigned claims.
 */
@Service
public class DebtorService {

    private final DebtorRepository repository;
    private final CurrentUsers currentUsers;

    DebtorService(DebtorRepository repository, CurrentUsers currentUsers) {
        this.repository = repository;
        this.currentUsers = currentUsers;
    }

    @Transactional(readOnly = true)
    public Page<Debtor> search(CompanyFilter filter, CompanySort sort, PageRequest page) {
        requireStaff();
        return repository.search(filter.normalized(), sort, page);
    }

    /** A range of the list for lazy grids (offset paging). */
    @Transactional(readOnly = true)
    public java.util.List<Debtor> slice(CompanyFilter filter, CompanySort sort, int offset, int limit) {
        requireStaff();
        return repository.slice(filter.normalized(), sort, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(CompanyFilter filter) {
        requireStaff();
        return repository.count(filter.normalized());
    }

    @Transactional(readOnly = true)
    public Optional<Debtor> find(UUID id) {
        requireStaff();
        return repository.findById(id);
    }

    /**
     * Name and address (nothing else) of up to {@code limit} debtors whose name contains
     * {@code namePart}, for the public company look-up. Needs no user: the tenant comes from the
     * {@link org.incasso.tenancy.TenantContext} the caller scoped (public pages: by host name).
     */
    @Transactional(readOnly = true)
    public java.util.List<CompanyDetails> suggest(String namePart, int limit) {
        return repository.slice(new CompanyFilter(namePart, null).normalized(), CompanySort.NAME_ASC, 0, limit)
                .stream()
                .map(debtor -> new CompanyDetails(debtor.company().name(), null, null, debtor.company().address(),
                        java.util.List.of()))
                .toList();
    }

    /**
     * Debtors by id for callers that already decided the user may see them (e.g. through a claim
     * the user may read); only the tenant limits this.
     */
    @Transactional(readOnly = true)
    public java.util.List<Debtor> byIds(java.util.Collection<UUID> ids) {
        currentUsers.require();
        return ids.isEmpty() ? java.util.List.of() : repository.findAllById(ids);
    }

    /** A debtor named in a claim submission: staff and creditors may name any debtor of the tenant. */
    @Transactional(readOnly = true)
    public Optional<Debtor> findForIntake(UUID id) {
        currentUsers.require().requireAnyRole(Role.ADMIN, Role.SPECIALIST, Role.CREDITOR);
        return repository.findById(id);
    }

    /** A debtor entered with a claim submission (staff and creditors). */
    @Transactional
    public Debtor createForIntake(CompanyDetails company) {
        currentUsers.require().requireAnyRole(Role.ADMIN, Role.SPECIALIST, Role.CREDITOR);
        return repository.insert(UUID.randomUUID(), validated(company));
    }

    @Transactional
    public Debtor create(CompanyDetails company) {
        requireStaff();
        return repository.insert(UUID.randomUUID(), validated(company));
    }

    /** Replaces the debtor's details; a stale {@code expectedVersion} is a version conflict. */
    @Transactional
    public Debtor update(UUID id, @Nullable Integer expectedVersion, CompanyDetails company) {
        requireStaff();
        CompanyDetails valid = validated(company);
        return repository.update(id, expectedVersion, valid)
                .orElseThrow(() -> new NotFoundException("id", "No such debtor"));
    }

    private static CompanyDetails validated(CompanyDetails company) {
        CompanyDetails normalized = company.normalized();
        Violations violations = new Violations();
        normalized.validate(violations);
        violations.throwIfAny();
        return normalized;
    }

    private void requireStaff() {
        currentUsers.require().requireAnyRole(Role.ADMIN, Role.SPECIALIST);
    }
}
