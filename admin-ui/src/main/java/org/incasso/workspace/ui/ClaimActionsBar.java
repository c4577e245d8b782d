package org.incasso.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimPhase;
import org.incasso.claims.ClaimService;
import org.incasso.claims.CloseReason;
import org.incasso.claims.Transition;
import org.incasso.common.ValidationException;
import org.incasso.ui.Notifications;

/** The changes a specialist may make to the claim now: only legal transitions are shown. */
class ClaimActionsBar extends HorizontalLayout {

    /** Written decisions belong to the creditor, not to staff. */
    private static final Set<Transition> CREDITOR_DECISIONS = EnumSet.of(Transition.APPROVE_LEGAL, Transition.REFUSE_LEGAL);

    private final transient ClaimService claims;
    private final Consumer<Claim> onChange;

    ClaimActionsBar(ClaimService claims, Consumer<Claim> onChange) {
        this.claims = claims;
        this.onChange = onChange;
        setId("claim-actions");
        getStyle().set("flex-wrap", "wrap");
    }

    void show(Claim claim) {
        removeAll();
        claim.state().allowedTransitions().stream().sorted()
                .filter(transition -> !CREDITOR_DECISIONS.contains(transition))
                .forEach(transition -> add(button("transition." + transition, () -> perform(claim, transition))));
        if (claim.state().phase() != ClaimPhase.CLOSED) {
            add(claim.state().disputed()
                    ? button("dispute.resolve", () -> run(() -> claims.resolveDispute(claim.id(), claim.state().version())))
                    : button("dispute.flag", () -> flagDispute(claim)));
        }
        Set<ClaimPhase> advancePhases = EnumSet.of(ClaimPhase.LEGAL_ADVICE, ClaimPhase.AWAITING_APPROVAL);
        if (advancePhases.contains(claim.state().phase()) && !claim.state().costAdvanceInvoiced()) {
            add(button("costAdvance.record", () -> run(() -> claims.recordCostAdvanceInvoiced(claim.id(),
                    claim.state().version()))));
        }
    }

    private void perform(Claim claim, Transition transition) {
        if (transition == Transition.CLOSE) {
            closeDialog(claim);
        } else {
            run(() -> claims.perform(claim.id(), claim.state().version(), transition, null));
        }
    }

    private void closeDialog(Claim claim) {
        RadioButtonGroup<CloseReason> reason = new RadioButtonGroup<>(getTranslation("close.reason"));
        reason.setItems(Transition.CLOSE.closeReasons());
        reason.setItemLabelGenerator(r -> getTranslation("closeReason." + r));
        Dialog dialog = new Dialog(getTranslation("transition.CLOSE"));
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()),
                primary("transition.CLOSE", () -> {
                    if (reason.getValue() == null) {
                        reason.setInvalid(true);
                        reason.setErrorMessage(getTranslation("error.REQUIRED"));
                        return;
                    }
                    dialog.close();
                    run(() -> claims.perform(claim.id(), claim.state().version(), Transition.CLOSE, reason.getValue()));
                }));
        dialog.open();
    }

    private void flagDispute(Claim claim) {
        TextArea reason = new TextArea(getTranslation("dispute.reason"));
        reason.setId("dispute-reason");
        reason.setMaxLength(2000);
        reason.setWidth("30em");
        Dialog dialog = new Dialog(getTranslation("dispute.flag"));
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()),
                primary("dispute.flag", () -> {
                    if (reason.getValue().isBlank()) {
                        reason.setInvalid(true);
                        reason.setErrorMessage(getTranslation("error.REQUIRED"));
                        return;
                    }
                    dialog.close();
                    run(() -> claims.flagDispute(claim.id(), claim.state().version(), reason.getValue()));
                }));
        dialog.open();
    }

    private void run(Supplier<Claim> change) {
        try {
            onChange.accept(change.get());
            Notifications.success(getTranslation("saved"));
        } catch (ValidationException e) {
            Notifications.error(e.violations().stream()
                    .map(v -> getTranslation("error." + v.code().name())).distinct().reduce((a, b) -> a + " " + b)
                    .orElse(e.getMessage()));
        }
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), event -> action.run());
        button.setId("action-" + key.replace('.', '-'));
        return button;
    }

    private Button primary(String key, Runnable action) {
        Button button = new Button(getTranslation(key), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("confirm-" + key.replace('.', '-'));
        return button;
    }
}
