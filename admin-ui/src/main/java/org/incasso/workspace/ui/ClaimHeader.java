package org.incasso.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.List;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimInvoice;
import org.incasso.creditors.CreditorService;
import org.incasso.debtors.DebtorService;
import org.incasso.ui.MoneyFormat;

/** Reference, phase, dispute badge, amounts, debtor, creditor and deadline of a claim. */
class ClaimHeader extends VerticalLayout {

    private final H2 title = new H2();
    private final Span phase = new Span();
    private final HorizontalLayout facts = new HorizontalLayout();
    private final Div badge = new Div();
    private transient CreditorService creditors;
    private transient DebtorService debtors;

    ClaimHeader() {
        setPadding(false);
        phase.setId("claim-phase");
        phase.getElement().getThemeList().add("badge");
        HorizontalLayout top = new HorizontalLayout(title, phase, badge);
        top.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        facts.setSpacing(true);
        add(top, facts);
    }

    void setNames(CreditorService creditors, DebtorService debtors) {
        this.creditors = creditors;
        this.debtors = debtors;
    }

    /** {@code balance}: collected and outstanding from the payments module; empty when the claim cannot be priced. */
    void show(Claim claim, List<ClaimInvoice> invoices, java.util.Optional<CollectedAmounts.Balance> balance) {
        title.setText(claim.reference());
        phase.setText(getTranslation("phase." + claim.state().phase()));
        badge.removeAll();
        if (claim.state().disputed()) {
            badge.add(DisputeBadge.create(this));
        }
        BigDecimal principal = invoices.stream().map(ClaimInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String debtor = debtors.byIds(List.of(claim.debtorId())).stream().findFirst()
                .map(d -> d.company().name() + " (" + d.company().country() + ")").orElse("");
        String creditor = creditors.byIds(List.of(claim.creditorId())).stream().findFirst()
                .map(c -> String.valueOf(c.company().name())).orElse("");
        facts.removeAll();
        facts.add(fact("claim.principal", MoneyFormat.format(principal, claim.currency(), getLocale())),
                fact("claim.collected", balance.map(b -> MoneyFormat.format(b.collected(), claim.currency(), getLocale()))
                        .orElse("–")),
                fact("claim.outstanding", balance.map(b -> MoneyFormat.format(b.outstanding(), claim.currency(), getLocale()))
                        .orElse("–")),
                fact("claim.debtor", debtor), fact("claim.creditor", creditor),
                fact("claim.deadline", claim.state().amicableDeadline() == null ? "–"
                        : claim.state().amicableDeadline().toString()));
        if (claim.state().disputeReason() != null) {
            facts.add(fact("claim.disputeReason", claim.state().disputeReason()));
        }
    }

    private VerticalLayout fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Span shown = new Span(value);
        shown.setId(labelKey.replace('.', '-')); // e.g. claim-outstanding
        VerticalLayout fact = new VerticalLayout(label, shown);
        fact.setPadding(false);
        fact.setSpacing(false);
        return fact;
    }
}
