package org.incasso.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.incasso.claims.Claim;
import org.incasso.fees.domain.WithdrawalFee;
import org.incasso.payments.WithdrawalQuote;
import org.incasso.ui.MoneyFormat;
import org.jspecify.annotations.Nullable;

/**
 * Withdrawing a claim (intrekking): the fee and how it is computed come first, then the creditor
 * confirms explicitly. Without a fee to show (a claim the fee schedule cannot price) there is no
 * confirm button: the creditor is asked to contact the specialist instead.
 */
class WithdrawDialog extends Dialog {

    WithdrawDialog(Claim claim, @Nullable WithdrawalQuote quote, Runnable onConfirm) {
        setHeaderTitle(getTranslation("withdraw.title", claim.reference()));
        setMaxWidth("40em");
        setId("withdraw-dialog");
        add(new Paragraph(getTranslation("withdraw.intro")));
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        if (quote == null) {
            add(new Paragraph(getTranslation("withdraw.noFee")));
            getFooter().add(cancel);
            return;
        }
        WithdrawalFee fee = quote.fee();
        Span amount = new Span(format(fee.fee()));
        amount.setId("withdraw-fee");
        amount.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-xl)");
        Paragraph explanation = new Paragraph(getTranslation("withdraw.explanation", fee.ratePercent().toPlainString(),
                format(fee.outstandingPrincipal()), format(fee.fee())));
        explanation.setId("withdraw-explanation");
        add(new Paragraph(new Span(getTranslation("withdraw.fee") + " "), amount), explanation);
        fee.explanation().forEach(line -> add(new Paragraph(line.text())));
        Checkbox understood = new Checkbox(getTranslation("withdraw.understood"));
        understood.setId("withdraw-understood");
        Button confirm = new Button(getTranslation("withdraw.confirm"), event -> {
            close();
            onConfirm.run();
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        understood.addValueChangeListener(event -> confirm.setEnabled(event.getValue()));
        add(understood);
        getFooter().add(cancel, confirm);
    }

    private String format(org.incasso.money.Money money) {
        return MoneyFormat.format(money.amount(), money.currency().getCurrencyCode(), getLocale());
    }
}
