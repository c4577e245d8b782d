package org.incasso.claims;

import java.util.List;
import java.util.UUID;
import org.incasso.common.CompanyDetails;
import org.incasso.creditors.CreditorDraft;
import org.jspecify.annotations.Nullable;

/** A new claim: creditor and debtor by id or entered inline, one or more invoices. */
public record ClaimSubmission(@Nullable UUID creditorId, @Nullable CreditorDraft creditor, @Nullable UUID debtorId,
        @Nullable CompanyDetails debtor, @Nullable List<InvoiceDraft> invoices) {
}
