package org.incasso.creditors;

import java.util.Optional;
import java.util.UUID;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.incasso.common.NotFoundException;
import org.incasso.common.Page;
import org.incasso.common.PageRequest;
import org.incasso.creditors.persistence.CreditorRepository;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages creditors. Staff (ADMIN, SPECIALIST) manage every creditor of their tenant; a CREDITOR
 * user sees and edits only its own creditor; partners see none. Another tenant's or another
 * creditor's id is "not found".
 */
@Service
public class CreditorService {

    private final CreditorRepository repository;
    private final CurrentUsers currentUsers;

    CreditorService(CreditorRepository repository, CurrentUsers currentUsers) {
        this.repository = repository;
        this.currentUsers = currentUsers;
    }

    @Transactional(readOnly = true)
    public Page<Creditor> search(CompanyFilter filter, CompanySort sort, PageRequest page) {
        CurrentUser user = readers();
        return repository.search(filter.normalized(), sort, page, user.isStaff() ? null : user.creditorId());
    }

    /** A range of the list for lazy grids (offset paging). */
    @Transactional(readOnly = true)
    public java.util.List<Creditor> slice(CompanyFilter filter, CompanySort sort, int offset, int limit) {
        CurrentUser user = readers();
        return repository.slice(filter.normalized(), sort, offset, limit, user.isStaff() ? null : user.creditorId());
    }

    @Transactional(readOnly = true)
    public int count(CompanyFilter filter) {
        CurrentUser user = readers();
        return repository.count(filter.normalized(), user.isStaff() ? null : user.creditorId());
    }

    @Transactional(readOnly = true)
    public Optional<Creditor> find(UUID id) {
        CurrentUser user = readers();
        return repository.findById(id).filter(creditor -> mayAccess(user, creditor.id()));
    }

    /**
     * Creditors by id for callers that already decided the user may see them (e.g. through a
     * claim the user may read); only the tenant limits this.
     */
    @Transactional(readOnly = true)
    public java.util.List<Creditor> byIds(java.util.Collection<UUID> ids) {
        currentUsers.require();
        return ids.isEmpty() ? java.util.List.of() : repository.findAllById(ids);
    }

    /** The creditor a CREDITOR user acts for. */
    @Transactional(readOnly = true)
    public Optional<Creditor> mine() {
        CurrentUser user = currentUsers.require();
        user.requireAnyRole(Role.CREDITOR);
        return user.creditorId() == null ? Optional.empty() : repository.findById(user.creditorId());
    }

    @Transactional
    public Creditor create(CreditorDraft draft) {
        currentUsers.require().requireAnyRole(Role.ADMIN, Role.SPECIALIST);
        return repository.insert(UUID.randomUUID(), draft.validated());
    }

    /**
     * A creditor signing itself up with its first claim on the public claim page: there is no
     * user yet (its account is created for this creditor), so the caller scoped the tenant of the
     * host name ({@link org.incasso.tenancy.TenantContext}).
     */
    @Transactional
    public Creditor register(CreditorDraft draft) {
        org.incasso.tenancy.TenantContext.require();
        return repository.insert(UUID.randomUUID(), draft.validated());
    }

    /**
     * Replaces the creditor's details. With {@code expectedVersion}, a concurrent change in the
     * meantime is refused as a version conflict.
     */
    @Transactional
    public Creditor update(UUID id, @Nullable Integer expectedVersion, CreditorDraft draft) {
        CurrentUser user = readers();
        if (!mayAccess(user, id)) {
            throw notFound();
        }
        CreditorDraft valid = draft.validated();
        return repository.update(id, expectedVersion, valid).orElseThrow(CreditorService::notFound);
    }

    private CurrentUser readers() {
        CurrentUser user = currentUsers.require();
        user.requireAnyRole(Role.ADMIN, Role.SPECIALIST, Role.CREDITOR);
        return user;
    }

    private static boolean mayAccess(CurrentUser user, UUID creditorId) {
        return user.isStaff() || creditorId.equals(user.creditorId());
    }

    private static NotFoundException notFound() {
        return new NotFoundException("id", "No such creditor");
    }
}
