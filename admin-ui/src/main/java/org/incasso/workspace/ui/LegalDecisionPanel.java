package org.incasso.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.incasso.claims.Claim;

/**
 * The written decision on a proposed legal phase (PRODUCT.md: "Legal phase starts only after the
 * creditor's written approval (who, when, what text)"). The creditor reads a fixed text with the claim's reference,
 * ticks "I agree" and approves; or refuses after reading the refusal text. Exactly the text shown
 * is what the service records, with who and when.
 */
class LegalDecisionPanel extends VerticalLayout {

    /** What the creditor decided and the exact text that was shown for it. */
    record Decision(Claim claim, boolean approve, String text) {
    }

    LegalDecisionPanel(Claim claim, Consumer<Decision> onDecision) {
        setId("legal-decision");
        getStyle().set("border", "1px solid var(--lumo-primary-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("max-width", "48em");
        String approvalText = getTranslation("legal.approval.text", claim.reference());
        Paragraph text = new Paragraph(approvalText);
        text.setId("legal-approval-text");
        Checkbox agree = new Checkbox(getTranslation("legal.agree"));
        agree.setId("legal-agree");
        Button approve = new Button(getTranslation("legal.approve"),
                event -> onDecision.accept(new Decision(claim, true, approvalText)));
        approve.setId("legal-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(false);
        agree.addValueChangeListener(event -> approve.setEnabled(event.getValue() && claim.state().costAdvanceInvoiced()));
        Button refuse = new Button(getTranslation("legal.refuse"), event -> confirmRefusal(claim, onDecision));
        refuse.setId("legal-refuse");
        add(new H3(getTranslation("legal.title")), new Paragraph(getTranslation("legal.intro")), text, agree,
                new HorizontalLayout(approve, refuse));
        if (!claim.state().costAdvanceInvoiced()) {
            // the legal phase starts only after the cost advance has been invoiced (claim rule)
            Paragraph waiting = new Paragraph(getTranslation("legal.costAdvancePending"));
            waiting.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(waiting);
        }
    }

    private void confirmRefusal(Claim claim, Consumer<Decision> onDecision) {
        String refusalText = getTranslation("legal.refusal.text", claim.reference());
        Paragraph text = new Paragraph(refusalText);
        text.setId("legal-refusal-text");
        Dialog dialog = new Dialog(getTranslation("legal.refuse"));
        dialog.setMaxWidth("40em");
        dialog.add(text);
        Button confirm = new Button(getTranslation("legal.refuse.confirm"), event -> {
            dialog.close();
            onDecision.accept(new Decision(claim, false, refusalText));
        });
        confirm.setId("legal-refuse-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), confirm);
        dialog.open();
    }
}
