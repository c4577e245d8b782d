package org.incasso.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.Optional;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.onboarding.AccountDraft;

/**
 * "Your account": the e-mail address to log in with and a password. An address that has an
 * account already is asked to log in instead; the claim entered so far waits in the session.
 */
class AccountStep extends WizardStep {

    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Div logInInstead = new Div();

    AccountStep() {
        super("account");
        email.setId("account-email");
        email.setLabel(getTranslation("wizard.account.email"));
        password.setId("account-password");
        password.setLabel(getTranslation("wizard.account.password"));
        password.setHelperText(getTranslation("wizard.account.password.helper", AccountDraft.MIN_PASSWORD));
        repeat.setId("account-password-repeat");
        repeat.setLabel(getTranslation("wizard.account.repeat"));
        Button logIn = new Button(getTranslation("wizard.account.logIn"), event -> getUI()
                .ifPresent(ui -> ui.getPage().setLocation(ClaimContinueView.ROUTE)));
        logIn.setId("log-in-instead");
        logIn.addThemeVariants(ButtonVariant.PRIMARY);
        logInInstead.setId("log-in-instead-panel");
        logInInstead.add(new Paragraph(getTranslation("wizard.account.exists")), logIn);
        logInInstead.setVisible(false);
        add(new Paragraph(getTranslation("wizard.account.intro")), new FormLayout(email, password, repeat), logInInstead);
    }

    /** The account as entered; a repeated password that differs is refused here, before the service. */
    AccountDraft draft() {
        return new AccountDraft(email.getValue().strip(), password.getValue());
    }

    boolean passwordsMatch() {
        if (password.getValue().equals(repeat.getValue())) {
            return true;
        }
        invalid(repeat, getTranslation("wizard.account.repeat.differs"));
        return false;
    }

    String email() {
        return email.getValue().strip();
    }

    void suggestEmail(String contactEmail) {
        if (email.getValue().isBlank()) {
            email.setValue(contactEmail);
        }
    }

    @Override
    void show(FieldViolation violation) {
        super.show(violation);
        if (violation.code() == ErrorCode.ALREADY_REGISTERED) {
            logInInstead.setVisible(true);
        }
    }

    @Override
    void clearErrors() {
        super.clearErrors();
        logInInstead.setVisible(false);
    }

    @Override
    boolean owns(String field) {
        return field.startsWith("account");
    }

    @Override
    Optional<HasValidation> fieldFor(String field) {
        return switch (field) {
            case "account.email" -> Optional.of(email);
            case "account.password" -> Optional.of(password);
            default -> Optional.empty();
        };
    }

    @Override
    List<? extends HasValidation> inputs() {
        return List.of(email, password, repeat);
    }
}
