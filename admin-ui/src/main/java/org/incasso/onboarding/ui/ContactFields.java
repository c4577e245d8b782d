package org.incasso.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.incasso.common.Contact;

/** A contact person: name, e-mail address and phone number (inputs {@code <prefix>-name}, {@code -email}, {@code -phone}). */
class ContactFields extends FormLayout {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();

    ContactFields(String idPrefix) {
        name.setId(idPrefix + "-name");
        name.setLabel(getTranslation("wizard.contact.name"));
        email.setId(idPrefix + "-email");
        email.setLabel(getTranslation("wizard.contact.email"));
        phone.setId(idPrefix + "-phone");
        phone.setLabel(getTranslation("wizard.contact.phone"));
        add(name, phone, email);
    }

    boolean isEmpty() {
        return name.getValue().isBlank() && email.getValue().isBlank() && phone.getValue().isBlank();
    }

    Contact contact() {
        return new Contact(name.getValue().strip(), email(), phone.getValue().strip());
    }

    String email() {
        return email.getValue().strip();
    }

    void fill(Contact contact) {
        name.setValue(contact.name() == null ? "" : contact.name());
        email.setValue(contact.email() == null ? "" : contact.email());
        phone.setValue(contact.phone() == null ? "" : contact.phone());
    }

    /** The input of a violation's part of the contact ({@code name}, {@code email} or {@code phone}). */
    Optional<HasValidation> fieldFor(String part) {
        return Optional.ofNullable(part.startsWith("name") ? name : part.startsWith("email") ? email
                : part.startsWith("phone") ? phone : null);
    }

    List<HasValidation> inputs() {
        return List.of(name, email, phone);
    }
}
