package org.incasso.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.incasso.common.BankAccount;
import org.incasso.common.CompanyDetails;
import org.incasso.creditors.Creditor;
import org.incasso.creditors.CreditorDraft;
import org.incasso.fees.ui.ClaimStart;
import org.incasso.fees.ui.CompanyPicker;
import org.incasso.registry.CompanyLookup;
import org.jspecify.annotations.Nullable;

/**
 * "Your details": the company handing the claim over, its contact person and the bank account
 * collected money is paid to. A logged-in creditor sees its company instead (changed under "My company").
 */
class CreditorStep extends WizardStep {

    private final @Nullable CompanyPicker company;
    private final TextField registrationNumber = new TextField();
    private final TextField vatNumber = new TextField();
    private final ContactFields contact = new ContactFields("contact");
    private final TextField iban = new TextField();
    private final TextField holder = new TextField();

    /** For a visitor: everything is entered. */
    CreditorStep(CompanyLookup lookup, String host, String homeCountry) {
        super("creditor");
        company = new CompanyPicker("creditor", getTranslation("company.name"), getTranslation("wizard.creditor.helper"),
                typed -> lookup.suggest(host, typed));
        company.defaultCountry(homeCountry);
        setUp(registrationNumber, "creditor-registration-number", "company.registrationNumber");
        setUp(vatNumber, "creditor-vat-number", "company.vatNumber");
        setUp(iban, "iban", "wizard.iban");
        iban.setHelperText(getTranslation("wizard.iban.helper"));
        iban.addBlurListener(event -> {
            if (!text(iban).isEmpty() && !BankAccount.validIban(text(iban))) {
                invalid(iban, getTranslation("error.INVALID_IBAN"));
            }
        });
        setUp(holder, "account-holder", "wizard.holder");
        holder.setHelperText(getTranslation("wizard.holder.helper"));
        FormLayout details = new FormLayout(registrationNumber, vatNumber);
        FormLayout bank = new FormLayout(iban, holder);
        add(new Paragraph(getTranslation("wizard.creditor.intro")), company, details,
                new Paragraph(getTranslation("wizard.contact.intro")), contact,
                new Paragraph(getTranslation("wizard.bank.intro")), bank);
    }

    /** For a logged-in creditor: its company as stored. */
    CreditorStep(Creditor creditor) {
        super("creditor");
        company = null;
        var address = creditor.company().address();
        add(new Paragraph(getTranslation("wizard.creditor.known")));
        Span name = new Span(creditor.company().name());
        name.setId("creditor-known-name");
        name.getStyle().set("font-weight", "bold");
        add(name);
        if (address != null) {
            add(new Span(Stream.of(address.street(), address.postalCode(), address.city(), address.country())
                    .filter(java.util.Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse("")));
        }
        if (creditor.bankAccount() != null) {
            add(new Span(getTranslation("wizard.iban") + ": " + creditor.bankAccount().iban()));
        }
    }

    private void setUp(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    /** What was entered, or {@code null} for a logged-in creditor. */
    @Nullable CreditorDraft draft() {
        if (company == null) {
            return null;
        }
        String holderName = text(holder).isEmpty() ? company.name() : text(holder);
        return new CreditorDraft(new CompanyDetails(company.name(), text(registrationNumber), text(vatNumber),
                company.address(), List.of(contact.contact())),
                new BankAccount(text(iban), null, holderName), false);
    }

    /** The contact's e-mail, the account's login unless the creditor chooses another. */
    String contactEmail() {
        return contact.email();
    }

    void fill(CreditorDraft draft) {
        if (company == null) {
            return;
        }
        CompanyDetails details = draft.company();
        company.show(details.name(), details.address());
        registrationNumber.setValue(orEmpty(details.registrationNumber()));
        vatNumber.setValue(orEmpty(details.vatNumber()));
        if (details.contacts() != null && !details.contacts().isEmpty()) {
            contact.fill(details.contacts().getFirst());
        }
        if (draft.bankAccount() != null) {
            iban.setValue(orEmpty(draft.bankAccount().iban()));
            holder.setValue(orEmpty(draft.bankAccount().holder()));
        }
    }

    void fill(ClaimStart start) {
        if (company != null) {
            company.show(start.creditorName(), start.creditorAddress());
        }
    }

    @Override
    boolean owns(String field) {
        return field.startsWith("creditor");
    }

    @Override
    Optional<HasValidation> fieldFor(String field) {
        if (company == null || !field.startsWith("creditor.")) {
            return Optional.empty();
        }
        String part = field.substring("creditor.".length());
        return switch (part) {
            case "registrationNumber" -> Optional.of(registrationNumber);
            case "vatNumber" -> Optional.of(vatNumber);
            case "contacts" -> contact.fieldFor("name");
            case String p when p.startsWith("contacts[0].") -> contact.fieldFor(p.substring("contacts[0].".length()));
            case String p when p.startsWith("bankAccount.holder") -> Optional.of(holder);
            case String p when p.startsWith("bankAccount") -> Optional.of(iban);
            default -> company.field(part);
        };
    }

    @Override
    void clearErrors() {
        super.clearErrors();
        if (company != null) {
            company.clearErrors();
        }
    }

    @Override
    List<? extends HasValidation> inputs() {
        if (company == null) {
            return List.of();
        }
        return java.util.stream.Stream.concat(Stream.of(registrationNumber, vatNumber, iban, holder),
                contact.inputs().stream()).toList();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
