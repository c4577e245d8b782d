package org.incasso.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.incasso.common.CompanyDetails;
import org.incasso.common.Contact;
import org.incasso.fees.ui.ClaimStart;
import org.incasso.fees.ui.CompanyPicker;
import org.incasso.registry.CompanyLookup;
import org.jspecify.annotations.Nullable;

/** "Your debtor": the company that owes the money, its address and (optionally) a contact person. */
class DebtorStep extends WizardStep {

    private final CompanyPicker company;
    private final TextField registrationNumber = new TextField();
    private final TextField contactName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();

    DebtorStep(CompanyLookup lookup, String host, String homeCountry) {
        super("debtor");
        company = new CompanyPicker("debtor", getTranslation("company.name"), getTranslation("quote.debtor.helper"),
                typed -> lookup.suggest(host, typed));
        company.defaultCountry(homeCountry);
        registrationNumber.setId("debtor-registration-number");
        registrationNumber.setLabel(getTranslation("company.registrationNumber"));
        contactName.setId("debtor-contact-name");
        contactName.setLabel(getTranslation("wizard.contact.name"));
        email.setId("debtor-contact-email");
        email.setLabel(getTranslation("wizard.contact.email"));
        phone.setId("debtor-contact-phone");
        phone.setLabel(getTranslation("wizard.contact.phone"));
        add(new Paragraph(getTranslation("wizard.debtor.intro")), company, new FormLayout(registrationNumber),
                new Paragraph(getTranslation("wizard.debtor.contact")), new FormLayout(contactName, email, phone));
    }

    CompanyDetails details() {
        boolean contactGiven = !(text(contactName).isEmpty() && email.getValue().isBlank() && text(phone).isEmpty());
        return new CompanyDetails(company.name(), text(registrationNumber), null, company.address(), contactGiven
                ? List.of(new Contact(text(contactName), email.getValue().strip(), text(phone))) : List.of());
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
            Contact contact = details.contacts().getFirst();
            contactName.setValue(contact.name() == null ? "" : contact.name());
            email.setValue(contact.email() == null ? "" : contact.email());
            phone.setValue(contact.phone() == null ? "" : contact.phone());
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
            case String f when f.startsWith("debtor.contacts[0].name") -> Optional.of(contactName);
            case String f when f.startsWith("debtor.contacts[0].email") -> Optional.of(email);
            case String f when f.startsWith("debtor.contacts[0].phone") -> Optional.of(phone);
            case String f when f.startsWith("debtor.") -> company.field(f.substring("debtor.".length()));
            default -> Optional.empty();
        };
    }

    @Override
    List<? extends HasValidation> inputs() {
        company.clearErrors();
        return List.of(registrationNumber, contactName, email, phone);
    }
}
