package org.incasso.creditors;

import org.incasso.common.BankAccount;

import org.incasso.common.CompanyDetails;
import org.incasso.common.Violations;
import org.jspecify.annotations.Nullable;

/** What a user enters to create or change a creditor; {@link #validated()} refuses bad input. */
public record CreditorDraft(CompanyDetails company, @Nullable BankAccount bankAccount, boolean vatDeductible) {

    /** The normalised draft, or a {@link org.incasso.common.ValidationException} naming every bad field. */
    public CreditorDraft validated() {
        CreditorDraft draft = new CreditorDraft(company.normalized(),
                bankAccount == null ? null : bankAccount.normalized(), vatDeductible);
        Violations violations = new Violations();
        draft.company.validate(violations);
        if (draft.bankAccount != null) {
            draft.bankAccount.validate("bankAccount", violations);
        }
        violations.throwIfAny();
        return draft;
    }
}
