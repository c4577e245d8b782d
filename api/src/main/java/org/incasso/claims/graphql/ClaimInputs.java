package org.incasso.claims.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.incasso.claims.ClaimFilter;
import org.incasso.claims.ClaimPhase;
import org.incasso.claims.ClaimSubmission;
import org.incasso.claims.CloseReason;
import org.incasso.claims.InvoiceDraft;
import org.incasso.common.Address;
import org.incasso.common.BankAccount;
import org.incasso.common.CompanyDetails;
import org.incasso.common.Contact;
import org.incasso.common.ErrorCode;
import org.incasso.common.ValidationException;
import org.incasso.creditors.CreditorDraft;
import org.jspecify.annotations.Nullable;

/** Inputs of the claim operations, bound by name from the schema. */
final class ClaimInputs {

    private ClaimInputs() {
    }

    record MoneyInput(@Nullable String amount, @Nullable String currency) {
    }

    record InvoiceInput(@Nullable String number, @Nullable LocalDate invoiceDate, @Nullable LocalDate dueDate,
            @Nullable MoneyInput amount, @Nullable String description) {

        InvoiceDraft toDraft() {
            return new InvoiceDraft(number, invoiceDate, dueDate, amount == null ? null : amount.amount(),
                    amount == null ? null : amount.currency(), description);
        }
    }

    record CompanyInput(@Nullable String name, @Nullable String registrationNumber, @Nullable String vatNumber,
            @Nullable Address address, @Nullable List<Contact> contacts, @Nullable BankAccount bankAccount,
            @Nullable Boolean vatDeductible) {

        CompanyDetails company() {
            return new CompanyDetails(name, registrationNumber, vatNumber, address, contacts);
        }
    }

    record SubmitClaimInput(@Nullable UUID creditorId, @Nullable CompanyInput creditor, @Nullable UUID debtorId,
            @Nullable CompanyInput debtor, @Nullable List<InvoiceInput> invoices, @Nullable String message) {

        ClaimSubmission toSubmission() {
            CreditorDraft creditorDraft = creditor == null ? null
                    : new CreditorDraft(creditor.company(), creditor.bankAccount(),
                            creditor.vatDeductible() == null || creditor.vatDeductible());
            return new ClaimSubmission(creditorId, creditorDraft, debtorId, debtor == null ? null : debtor.company(),
                    invoices == null ? null : invoices.stream().map(InvoiceInput::toDraft).toList());
        }
    }

    record AddInvoiceInput(UUID claimId, InvoiceInput invoice) {
    }

    record ClaimTransitionInput(UUID claimId, @Nullable Integer expectedVersion) {
    }

    record AssignSpecialistInput(UUID claimId, @Nullable Integer expectedVersion, String specialistId) {
    }

    record AssignPartnerInput(UUID claimId, @Nullable Integer expectedVersion, @Nullable UUID partnerId) {
    }

    record FlagDisputeInput(UUID claimId, @Nullable Integer expectedVersion, String reason) {
    }

    record LegalDecisionInput(UUID claimId, @Nullable Integer expectedVersion, String text) {
    }

    record CloseClaimInput(UUID claimId, @Nullable Integer expectedVersion, CloseReason reason) {
    }

    record ClaimFilterInput(@Nullable Set<ClaimPhase> phases, @Nullable UUID creditorId, @Nullable UUID debtorId,
            @Nullable String debtorCountry, @Nullable String specialistId, @Nullable UUID partnerId,
            @Nullable Boolean disputed, @Nullable String minPrincipal, @Nullable String maxPrincipal,
            @Nullable Integer minDaysOverdue, @Nullable String text) {

        ClaimFilter toFilter() {
            return new ClaimFilter(phases, creditorId, debtorId, debtorCountry, specialistId, partnerId, disputed,
                    decimal("filter.minPrincipal", minPrincipal), decimal("filter.maxPrincipal", maxPrincipal),
                    minDaysOverdue, text);
        }

        private static java.math.@Nullable BigDecimal decimal(String field, @Nullable String value) {
            try {
                return value == null ? null : new java.math.BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw ValidationException.of(field, ErrorCode.INVALID_FORMAT, "is not a decimal amount");
            }
        }
    }
}
