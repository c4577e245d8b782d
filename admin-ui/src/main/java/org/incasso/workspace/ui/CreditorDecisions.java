package org.incasso.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimPhase;
import org.incasso.claims.ClaimService;
import org.incasso.claims.Transition;
import org.incasso.common.ValidationException;
import org.incasso.payments.Payments;
import org.incasso.ui.Notifications;

/**
 * The decisions that are the creditor's own: approving or refusing a proposed legal phase in
 * writing, reporting a payment received directly (until the claim is closed, as the payments
 * service allows), and withdrawing the claim while that is allowed (the fee is shown first).
 */
class CreditorDecisions extends VerticalLayout {

    private final transient ClaimService claims;
    private final transient CollectedAmounts amounts;
    private final transient Payments payments;
    private final Consumer<Claim> onChange;

    CreditorDecisions(ClaimService claims, CollectedAmounts amounts, Payments payments, Consumer<Claim> onChange) {
        this.claims = claims;
        this.amounts = amounts;
        this.payments = payments;
        this.onChange = onChange;
        setPadding(false);
        setId("creditor-decisions");
    }

    void show(Claim claim) {
        removeAll();
        if (claim.state().phase() == ClaimPhase.AWAITING_APPROVAL) {
            add(new LegalDecisionPanel(claim, this::decide));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (claim.state().phase() != ClaimPhase.CLOSED) {
            Button report = new Button(getTranslation("directPayment.open"), VaadinIcon.MONEY_DEPOSIT.create(),
                    event -> reportPayment(claim));
            report.setId("report-direct-payment");
            buttons.add(report);
        }
        if (Transition.WITHDRAW.allowedFrom(claim.state().phase())) {
            Button withdraw = new Button(getTranslation("withdraw.open"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                    event -> new WithdrawDialog(claim, amounts.withdrawalQuote(claim.id()).orElse(null),
                            () -> decide(() -> claims.perform(claim.id(), claim.state().version(), Transition.WITHDRAW,
                                    null), "withdraw.done")).open());
            withdraw.setId("withdraw-claim");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(withdraw);
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
    }

    /** The payment is the creditor's report, not a change of the claim: the view re-reads it to show the new figures. */
    private void reportPayment(Claim claim) {
        PaymentDialog dialog = new PaymentDialog(getTranslation("directPayment.title", claim.reference()), claim.id(),
                claim.currency(), payments::reportDirect, getTranslation("directPayment.reported"),
                () -> claims.find(claim.id()).ifPresent(onChange));
        dialog.addComponentAsFirst(new Paragraph(getTranslation("directPayment.intro")));
        dialog.open();
    }

    /** Runs one of the creditor's decisions; a refusal by the service is shown, nothing changes. */
    private void decide(Supplier<Claim> decision, String doneKey) {
        try {
            Claim changed = decision.get();
            Notifications.success(getTranslation(doneKey));
            onChange.accept(changed);
        } catch (ValidationException e) {
            Notifications.error(e.violations().stream().map(v -> getTranslation("error." + v.code().name()))
                    .distinct().reduce((a, b) -> a + " " + b).orElse(e.getMessage()));
        }
    }

    private void decide(LegalDecisionPanel.Decision decision) {
        Claim claim = decision.claim();
        if (decision.approve()) {
            decide(() -> claims.approveLegal(claim.id(), claim.state().version(), decision.text()), "legal.approved");
        } else {
            decide(() -> claims.refuseLegal(claim.id(), claim.state().version(), decision.text()), "legal.refused");
        }
    }
}
