package org.incasso.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.ValidationException;
import org.incasso.payments.PaymentReceipt;
import org.incasso.payments.PaymentRegistration;
import org.incasso.ui.DecimalField;
import org.incasso.ui.Notifications;

/**
 * Entering a payment on a claim — one the agency received, or one the creditor received directly:
 * the amount in the claim's currency (shown, not chosen), the day it was received and an optional
 * note. The payments service decides; each refusal is shown next to its field, the dialog stays
 * open and nothing is stored. The overpayment tick appears only when the service asks for it.
 */
class PaymentDialog extends Dialog {

    private static final int MAX_NOTE_LENGTH = 500;

    // one key per dialog: however often Save is clicked, at most one payment is stored
    private final String idempotencyKey = UUID.randomUUID().toString();
    private final UUID claimId;
    private final String currency;
    private final transient Function<PaymentRegistration, PaymentReceipt> store;
    private final String done;
    private final Runnable onStored;
    private final DecimalField amount = DecimalField.amount(getTranslation("payment.amount"));
    private final DatePicker receivedOn = new DatePicker(getTranslation("payment.receivedOn"), LocalDate.now());
    private final TextArea note = new TextArea(getTranslation("payment.note"));
    private final Checkbox overpayment = new Checkbox(getTranslation("payment.overpayment"));

    /**
     * @param store the payments service call, e.g. {@code payments::register}
     * @param done what the notification says once the payment is stored
     */
    PaymentDialog(String title, UUID claimId, String currency, Function<PaymentRegistration, PaymentReceipt> store,
            String done, Runnable onStored) {
        this.claimId = claimId;
        this.currency = currency;
        this.store = store;
        this.done = done;
        this.onStored = onStored;
        setHeaderTitle(title);
        setId("payment-dialog");
        setMaxWidth("40em");
        Span currencyCode = new Span(currency);
        currencyCode.setId("payment-currency");
        amount.setId("payment-amount");
        amount.setSuffixComponent(currencyCode);
        receivedOn.setId("payment-received-on");
        receivedOn.setMax(LocalDate.now());
        receivedOn.setHelperText(getTranslation("payment.receivedOn.helper"));
        receivedOn.setManualValidation(true); // the service decides; its answer stays until the next change
        receivedOn.addValueChangeListener(event -> receivedOn.setInvalid(false));
        note.setId("payment-note");
        note.setMaxLength(MAX_NOTE_LENGTH);
        note.setManualValidation(true);
        note.setWidthFull();
        overpayment.setId("payment-overpayment");
        overpayment.setVisible(false);
        VerticalLayout fields = new VerticalLayout(amount, receivedOn, note, overpayment);
        fields.setPadding(false);
        add(fields);
        Button save = new Button(getTranslation("action.save"));
        save.setId("save-payment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(event -> {
            save();
            save.setEnabled(true);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }

    private void save() {
        receivedOn.setInvalid(false);
        note.setInvalid(false);
        if (!amount.check()) {
            return;
        }
        try {
            store.apply(new PaymentRegistration(claimId, idempotencyKey, Objects.requireNonNull(amount.decimal()),
                    currency, receivedOn.getValue(), overpayment.getValue(), note.getValue()));
        } catch (ValidationException e) {
            e.violations().forEach(this::show);
            return;
        }
        close();
        Notifications.success(done);
        onStored.run();
    }

    /** A refusal next to the field it names; one without a field here (e.g. the claim closed meanwhile) as a notification. */
    private void show(FieldViolation violation) {
        String message = getTranslation("error." + violation.code().name());
        if (violation.code() == ErrorCode.OVERPAYMENT_NOT_CONFIRMED) {
            overpayment.setVisible(true);
        }
        String field = violation.field();
        if (field.startsWith("amount")) {
            amount.showError(message);
        } else if (field.equals("receivedOn")) {
            showError(receivedOn, message);
        } else if (field.equals("note")) {
            showError(note, message);
        } else {
            Notifications.error(message);
        }
    }

    private static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
