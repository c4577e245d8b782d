package org.incasso.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.UUID;
import org.incasso.common.ValidationException;
import org.incasso.financials.domain.BalanceSplit;
import org.incasso.financials.domain.FinancialSummary;
import org.incasso.interest.domain.InterestPeriod;
import org.incasso.payments.ClaimFinancials;
import org.incasso.payments.Payments;
import org.incasso.ui.MoneyFormat;

/**
 * The claim's money: what is claimed, paid and outstanding (costs, interest, principal), the
 * agency's fee and what is due to the creditor, with the explanation behind every figure and the
 * interest periods; and the button to register a payment the agency received ({@link PaymentDialog}).
 */
class FinancialsPanel extends VerticalLayout {

    private record Row(String label, String costs, String interest, String principal, String total) {
    }

    private final transient ClaimFinancials financials;
    private final transient Payments payments;
    private final Runnable onChange;
    private final Grid<Row> figures = new Grid<>();
    private final Grid<InterestPeriod> periods = new Grid<>();
    private final UnorderedList explanation = new UnorderedList();
    private UUID claimId;
    private String currency = "EUR";

    FinancialsPanel(ClaimFinancials financials, Payments payments, Runnable onChange) {
        this.financials = financials;
        this.payments = payments;
        this.onChange = onChange;
        setPadding(false);
        figures.addColumn(Row::label);
        figures.addColumn(Row::costs).setHeader(getTranslation("financials.costs")).setTextAlign(ColumnTextAlign.END);
        figures.addColumn(Row::interest).setHeader(getTranslation("financials.interest")).setTextAlign(ColumnTextAlign.END);
        figures.addColumn(Row::principal).setHeader(getTranslation("financials.principal")).setTextAlign(ColumnTextAlign.END);
        figures.addColumn(Row::total).setHeader(getTranslation("financials.total")).setTextAlign(ColumnTextAlign.END);
        figures.setAllRowsVisible(true);
        figures.setId("financials-figures");
        periods.addColumn(InterestPeriod::from).setHeader(getTranslation("financials.from"));
        periods.addColumn(InterestPeriod::to).setHeader(getTranslation("financials.to"));
        periods.addColumn(InterestPeriod::days).setHeader(getTranslation("financials.days"));
        periods.addColumn(p -> format(p.base())).setHeader(getTranslation("financials.base")).setTextAlign(ColumnTextAlign.END);
        periods.addColumn(p -> p.ratePercent().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("financials.rate"));
        periods.addColumn(p -> format(p.interest())).setHeader(getTranslation("financials.interest"))
                .setTextAlign(ColumnTextAlign.END);
        periods.setAllRowsVisible(true);
        Button register = new Button(getTranslation("payment.register"), VaadinIcon.MONEY_DEPOSIT.create(),
                event -> openPaymentDialog());
        register.setId("register-payment");
        add(register, figures, new H4(getTranslation("financials.explanation")), explanation,
                new H4(getTranslation("financials.periods")), periods);
    }

    void show(UUID claim, String claimCurrency) {
        this.claimId = claim;
        this.currency = claimCurrency;
        try {
            FinancialSummary summary = financials.of(claim);
            figures.setItems(row("financials.claimed", summary.claimed()), row("financials.paid", summary.paid()),
                    row("financials.outstanding", summary.outstanding()),
                    new Row(getTranslation("financials.agencyFee"), "", "", "", format(summary.agencyFee())),
                    new Row(getTranslation("financials.dueToCreditor"), "", "", "", format(summary.dueToCreditor())));
            explanation.removeAll();
            summary.explanation().forEach(line -> explanation.add(new ListItem(line.text())));
            periods.setItems(summary.interestPerInvoice().stream().flatMap(c -> c.periods().stream()).toList());
        } catch (ValidationException e) {
            figures.setItems(List.of());
            explanation.removeAll();
            explanation.add(new ListItem(getTranslation("error." + e.violations().getFirst().code().name())));
        }
    }

    private Row row(String key, BalanceSplit split) {
        return new Row(getTranslation(key), format(split.costs()), format(split.interest()), format(split.principal()),
                format(split.total()));
    }

    private String format(org.incasso.money.Money money) {
        return MoneyFormat.format(money.amount(), money.currency().getCurrencyCode(), getLocale());
    }

    private void openPaymentDialog() {
        new PaymentDialog(getTranslation("payment.register"), claimId, currency, payments::register,
                getTranslation("saved"), onChange).open();
    }
}
