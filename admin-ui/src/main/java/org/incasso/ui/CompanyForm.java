package org.incasso.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.HashMap;
import java.util.Map;
import org.incasso.common.FieldViolation;
import org.incasso.common.BankAccount;

/**
 * Edits a company (creditor or debtor): details, address, first contact and, for creditors, the
 * bank account. Fields give immediate feedback; what only the service can decide comes back as
 * violations and is shown next to the field they name.
 */
public class CompanyForm extends Composite<VerticalLayout> implements com.vaadin.flow.component.HasSize {

    /** Stores the model; may refuse it with an {@link org.incasso.common.ValidationException}. */
    @FunctionalInterface
    public interface SaveHandler {
        void save(CompanyFormModel model);
    }

    private final Binder<CompanyFormModel> binder = new Binder<>(CompanyFormModel.class);
    private final Map<String, com.vaadin.flow.component.HasValidation> validationByPath = new HashMap<>();
    private final H3 title = new H3();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private CompanyFormModel model = new CompanyFormModel();
    private SaveHandler saveHandler = m -> { };
    private Runnable cancelHandler = () -> { };

    public CompanyForm(boolean withBankAccount) {
        FormLayout form = new FormLayout();
        form.add(text("name", "company.name", true, 200), text("registrationNumber", "company.registrationNumber", false, 50),
                text("vatNumber", "company.vatNumber", false, 50), text("address.street", "address.street", false, 200),
                text("address.postalCode", "address.postalCode", false, 20), text("address.city", "address.city", false, 100),
                country(), text("contacts[0].name", "contact.name", false, 200), email(),
                text("contacts[0].phone", "contact.phone", false, 50));
        if (withBankAccount) {
            form.add(iban(), text("bankAccount.bic", "bank.bic", false, 11), text("bankAccount.holder", "bank.holder", false, 200),
                    vatDeductible());
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(event -> cancelHandler.run());
        getContent().add(title, form, new HorizontalLayout(save, cancel));
        getContent().setPadding(false);
    }

    public void edit(String heading, CompanyFormModel model) {
        this.model = model;
        title.setText(heading);
        validationByPath.values().forEach(field -> field.setInvalid(false));
        binder.readBean(model);
    }

    public void onSave(SaveHandler handler) {
        this.saveHandler = handler;
    }

    public void onCancel(Runnable handler) {
        this.cancelHandler = handler;
    }

    private void save() {
        try {
            binder.writeBean(model);
        } catch (ValidationException e) {
            return;
        }
        try {
            saveHandler.save(model);
        } catch (org.incasso.common.ValidationException e) {
            showViolations(e);
        }
    }

    /** Shows the service's violations next to the fields they name. */
    void showViolations(org.incasso.common.ValidationException e) {
        for (FieldViolation violation : e.violations()) {
            var field = validationByPath.get(violation.field());
            if (field != null) {
                field.setErrorMessage(getTranslation("error." + violation.code().name()));
                field.setInvalid(true);
            } else {
                Notifications.error(getTranslation("error." + violation.code().name()) + " (" + violation.field() + ")");
            }
        }
    }

    private TextField text(String path, String labelKey, boolean required, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("field-" + path.replaceAll("[^A-Za-z0-9]", "-"));
        var binding = binder.forField(field);
        if (required) {
            binding = binding.asRequired(getTranslation("error.REQUIRED"));
        }
        binding.withValidator(new StringLengthValidator(getTranslation("error.TOO_LONG"), 0, maxLength))
                .bind(m -> property(m, path), (m, v) -> setProperty(m, path, v));
        register(path, field);
        return field;
    }

    private ComboBox<String> country() {
        ComboBox<String> field = new ComboBox<>(getTranslation("address.country"));
        field.setId("field-address-country");
        field.setItems(java.util.Arrays.stream(java.util.Locale.getISOCountries()).sorted().toList());
        field.setItemLabelGenerator(code -> code + " – "
                + java.util.Locale.of("", code).getDisplayCountry(getLocale()));
        binder.forField(field).asRequired(getTranslation("error.REQUIRED"))
                .bind(CompanyFormModel::getCountry, CompanyFormModel::setCountry);
        register("address.country", field);
        return field;
    }

    private EmailField email() {
        EmailField field = new EmailField(getTranslation("contact.email"));
        field.setId("field-contacts-0--email");
        binder.forField(field).bind(CompanyFormModel::getContactEmail, CompanyFormModel::setContactEmail);
        register("contacts[0].email", field);
        return field;
    }

    private TextField iban() {
        TextField field = new TextField(getTranslation("bank.iban"));
        field.setId("field-bankAccount-iban");
        binder.forField(field)
                .withValidator(value -> value.isBlank() || BankAccount.validIban(value), getTranslation("error.INVALID_IBAN"))
                .bind(CompanyFormModel::getIban, CompanyFormModel::setIban);
        register("bankAccount.iban", field);
        return field;
    }

    private Checkbox vatDeductible() {
        Checkbox field = new Checkbox(getTranslation("creditor.vatDeductible"));
        binder.forField(field).bind(CompanyFormModel::isVatDeductible, CompanyFormModel::setVatDeductible);
        return field;
    }

    private <F extends com.vaadin.flow.component.HasValidation> void register(String path, F field) {
        validationByPath.put(path, field);
    }

    private static String property(CompanyFormModel m, String path) {
        return switch (path) {
            case "name" -> m.getName();
            case "registrationNumber" -> m.getRegistrationNumber();
            case "vatNumber" -> m.getVatNumber();
            case "address.street" -> m.getStreet();
            case "address.postalCode" -> m.getPostalCode();
            case "address.city" -> m.getCity();
            case "contacts[0].name" -> m.getContactName();
            case "contacts[0].phone" -> m.getContactPhone();
            case "bankAccount.bic" -> m.getBic();
            case "bankAccount.holder" -> m.getHolder();
            default -> throw new IllegalArgumentException(path);
        };
    }

    private static void setProperty(CompanyFormModel m, String path, String value) {
        switch (path) {
            case "name" -> m.setName(value);
            case "registrationNumber" -> m.setRegistrationNumber(value);
            case "vatNumber" -> m.setVatNumber(value);
            case "address.street" -> m.setStreet(value);
            case "address.postalCode" -> m.setPostalCode(value);
            case "address.city" -> m.setCity(value);
            case "contacts[0].name" -> m.setContactName(value);
            case "contacts[0].phone" -> m.setContactPhone(value);
            case "bankAccount.bic" -> m.setBic(value);
            case "bankAccount.holder" -> m.setHolder(value);
            default -> throw new IllegalArgumentException(path);
        }
    }
}
