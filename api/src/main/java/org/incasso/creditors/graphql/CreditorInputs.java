package org.incasso.creditors.graphql;

import java.util.List;
import java.util.UUID;
import org.incasso.common.Address;
import org.incasso.common.CompanyDetails;
import org.incasso.common.Contact;
import org.incasso.common.FieldViolation;
import org.incasso.common.BankAccount;
import org.incasso.creditors.CreditorDraft;
import org.jspecify.annotations.Nullable;

/** Inputs and payloads of the creditor mutations, bound by name from the schema. */
final class CreditorInputs {

    private CreditorInputs() {
    }

    record CreateCreditorInput(@Nullable String name, @Nullable String registrationNumber, @Nullable String vatNumber,
            @Nullable Address address, @Nullable List<Contact> contacts, @Nullable BankAccount bankAccount,
            @Nullable Boolean vatDeductible) {

        CreditorDraft toDraft() {
            return new CreditorDraft(new CompanyDetails(name, registrationNumber, vatNumber, address, contacts),
                    bankAccount, vatDeductible == null || vatDeductible);
        }
    }

    record UpdateCreditorInput(UUID id, @Nullable Integer expectedVersion, @Nullable String name,
            @Nullable String registrationNumber, @Nullable String vatNumber, @Nullable Address address,
            @Nullable List<Contact> contacts, @Nullable BankAccount bankAccount, @Nullable Boolean vatDeductible) {

        CreditorDraft toDraft() {
            return new CreateCreditorInput(name, registrationNumber, vatNumber, address, contacts, bankAccount,
                    vatDeductible).toDraft();
        }
    }

    record CreditorPayload(org.incasso.creditors.@Nullable Creditor creditor, List<FieldViolation> errors) {
    }
}
