package org.incasso.claims.persistence;

import static org.incasso.persistence.db.Tables.INVOICE;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.incasso.claims.ClaimInvoice;
import org.incasso.claims.InvoiceDraft;
import org.incasso.persistence.db.tables.records.InvoiceRecord;
import org.incasso.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Invoices of claims. */
@Repository
public class InvoiceRepository {

    private final DSLContext dsl;

    InvoiceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ClaimInvoice insert(UUID claimId, UUID creditorId, UUID debtorId, InvoiceDraft draft) {
        InvoiceRecord record = dsl.insertInto(INVOICE)
                .set(INVOICE.TENANT_ID, TenantContext.require())
                .set(INVOICE.ID, UUID.randomUUID())
                .set(INVOICE.CLAIM_ID, claimId)
                .set(INVOICE.CREDITOR_ID, creditorId)
                .set(INVOICE.DEBTOR_ID, debtorId)
                .set(INVOICE.NUMBER, draft.cleanNumber())
                .set(INVOICE.INVOICE_DATE, draft.invoiceDate())
                .set(INVOICE.DUE_DATE, draft.dueDate())
                .set(INVOICE.AMOUNT, draft.exactAmount())
                .set(INVOICE.CURRENCY, draft.currencyCode())
                .set(INVOICE.DESCRIPTION, org.incasso.common.Text.clean(draft.description()))
                .returning()
                .fetchSingle();
        return toInvoice(record);
    }

    /** Which of these invoice numbers this creditor already handed over for this debtor. */
    public Set<String> existingNumbers(UUID creditorId, UUID debtorId, Collection<String> numbers) {
        return dsl.select(INVOICE.NUMBER).from(INVOICE)
                .where(INVOICE.TENANT_ID.eq(TenantContext.require()), INVOICE.CREDITOR_ID.eq(creditorId),
                        INVOICE.DEBTOR_ID.eq(debtorId), INVOICE.NUMBER.in(numbers))
                .fetchSet(INVOICE.NUMBER);
    }

    /** The invoices of many claims in one statement, oldest due date first. */
    public Map<UUID, List<ClaimInvoice>> byClaims(Collection<UUID> claimIds) {
        return dsl.selectFrom(INVOICE)
                .where(INVOICE.TENANT_ID.eq(TenantContext.require()), INVOICE.CLAIM_ID.in(claimIds))
                .orderBy(INVOICE.DUE_DATE, INVOICE.NUMBER)
                .fetch(InvoiceRepository::toInvoice).stream()
                .collect(Collectors.groupingBy(ClaimInvoice::claimId, LinkedHashMap::new, Collectors.toList()));
    }

    private static ClaimInvoice toInvoice(InvoiceRecord r) {
        return new ClaimInvoice(r.getId(), r.getClaimId(), r.getNumber(), r.getInvoiceDate(), r.getDueDate(),
                r.getAmount(), r.getCurrency(), r.getDescription());
    }
}
