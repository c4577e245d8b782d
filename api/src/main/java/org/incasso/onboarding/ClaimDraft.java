package org.incasso.onboarding;

import java.util.List;
import org.incasso.claims.InvoiceDraft;
import org.incasso.common.CompanyDetails;
import org.incasso.creditors.CreditorDraft;
import org.incasso.documents.DocumentUpload;
import org.jspecify.annotations.Nullable;

/**
 * What the claim wizard collected.
 *
 * @param creditor the creditor's own details; only for a creditor without an account (a logged-in
 *     creditor hands over for its own company and leaves this empty)
 * @param message an optional first message to the specialist
 */
public record ClaimDraft(@Nullable CreditorDraft creditor, @Nullable CompanyDetails debtor, List<InvoiceDraft> invoices,
        List<DocumentUpload> documents, @Nullable String message) {

    public static final int MAX_DOCUMENTS = 20;

    public ClaimDraft {
        invoices = List.copyOf(invoices);
        documents = List.copyOf(documents);
    }
}
