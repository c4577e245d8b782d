package org.incasso.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.incasso.common.FieldViolation;

/**
 * One step of the claim wizard. The service names refused fields by path ({@code debtor.address.city},
 * {@code invoices[1].dueDate}, ...); the step that asks for a field shows its violations next to it,
 * and those without a field of their own above the step.
 */
abstract class WizardStep extends VerticalLayout {

    private final String key;
    private final Paragraph error = new Paragraph();

    WizardStep(String key) {
        this.key = key;
        setPadding(false);
        error.setId("step-error-" + key);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(error); // the step's name is on its tab
    }

    String key() {
        return key;
    }

    /** Whether the service's field path is entered on this step. */
    abstract boolean owns(String field);

    /** The input showing the field's violations, if it has one of its own. */
    abstract Optional<HasValidation> fieldFor(String field);

    /** Every input of the step that can show a violation. */
    abstract List<? extends HasValidation> inputs();

    /** Called when the step is shown. */
    void entered() {
    }

    void show(FieldViolation violation) {
        String message = message(violation);
        fieldFor(violation.field()).ifPresentOrElse(field -> invalid(field, message), () -> {
            String shown = error.getText().isEmpty() ? message : error.getText() + " " + message;
            error.setText(shown);
            error.setVisible(true);
        });
    }

    void clearErrors() {
        error.setText("");
        error.setVisible(false);
        inputs().forEach(input -> input.setInvalid(false));
    }

    String message(FieldViolation violation) {
        return getTranslation("error." + violation.code().name());
    }

    static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    static String text(com.vaadin.flow.component.textfield.TextField field) {
        return field.getValue().strip();
    }
}
