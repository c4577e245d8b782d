package org.incasso.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.incasso.common.CompanyDetails;
import org.incasso.fees.ui.ClaimStart;
import org.incasso.fees.ui.CompanyPicker;
import org.incasso.registry.CompanyLookup;
import org.jspecify.annotations.Nullable;

/** "Your debtor": the company that owes the money, its address and (optionally) a contact person. */
class DebtorStep extends WizardStep {

    private final CompanyPicker company;
    private final TextField registrationNumber = new TextField();
    private final ContactFields contact = new ContactFields("debtor-contact");

    DebtorStep(CompanyLookup lookup, String host, String homeCountry) {
        super("debtor");
        company = new CompanyPicker("debtor", getTranslation("company.name"), getTranslation("quote.debtor.helper"),
                typed -> lookup.suggest(host, typed));
        company.defaultCountry(homeCountry);
        registrationNumber.setId("debtor-registration-number");
        registrationNumber.setLabel(getTranslation("company.registrationNumber"));
        add(new Paragraph(getTranslation("wizard.debtor.intro")), company, new FormLayout(registrationNumber),
                new Paragraph(getTranslation("wizard.debtor.contact")), contact);
    }

    CompanyDetails details() {
        return new CompanyDetails(company.name(), text(registrationNumber), null, company.address(),
                contact.isEmpty() ? List.of() : List.of(contact.contact()));
    }

    String country() {
        return company.address().country() == null ? "" : company.address().country();
    }

    void fill(@Nullable CompanyDetails details) {
        if (details == null) {
            return;
        }
        company.show(details.name(), details.address());
        registrationNumber.setValue(details.registrationNumber() == null ? "" : details.registrationNumber());
        if (details.contacts() != null && !details.contacts().isEmpty()) {
            contact.fill(details.contacts().getFirst());
        }
    }

    void fill(ClaimStart start) {
        company.show(start.debtorName(), start.debtorAddress());
    }

    @Override
    boolean owns(String field) {
        return field.startsWith("debtor");
    }

    @Override
    Optional<HasValidation> fieldFor(String field) {
        return switch (field) {
            case "debtor" -> company.field("name");
            case "debtor.registrationNumber" -> Optional.of(registrationNumber);
            case String f when f.startsWith("debtor.contacts[0].") -> contact.fieldFor(
                    f.substring("debtor.contacts[0].".length()));
            case String f when f.startsWith("debtor.") -> company.field(f.substring("debtor.".length()));
            default -> Optional.empty();
        };
    }

    @Override
    void clearErrors() {
        super.clearErrors();
        company.clearErrors();
    }

    @Override
    List<? extends HasValidation> inputs() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(registrationNumber),
                contact.inputs().stream()).toList();
    }
}
