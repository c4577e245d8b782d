package org.incasso.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.incasso.claims.InvoiceDraft;
import org.incasso.common.RateLimitedException;
import org.incasso.common.ValidationException;
import org.incasso.fees.AgencyQuote;
import org.incasso.fees.QuoteOrigin;
import org.incasso.fees.QuoteQuery;
import org.incasso.fees.QuoteService;
import org.incasso.fees.ui.QuoteResult;
import org.incasso.onboarding.ClaimDraft;
import org.incasso.ui.MoneyFormat;
import org.jspecify.annotations.Nullable;

/**
 * "Review and submit": what will be handed over, the agency's quote for it (the same as on the
 * quote page) and an optional first message to the specialist.
 */
class ReviewStep extends WizardStep {

    private final transient QuoteService quotes;
    private final QuoteOrigin origin;
    private final Supplier<ClaimDraft> draft;
    private final Supplier<String> debtorCountry;
    private final VerticalLayout summary = new VerticalLayout();
    private final QuoteResult quote = new QuoteResult();
    private final TextArea message = new TextArea();
    private boolean refused;

    ReviewStep(QuoteService quotes, QuoteOrigin origin, Supplier<ClaimDraft> draft, Supplier<String> debtorCountry) {
        super("review");
        this.quotes = quotes;
        this.origin = origin;
        this.draft = draft;
        this.debtorCountry = debtorCountry;
        summary.setId("wizard-summary");
        summary.setPadding(false);
        summary.setSpacing(false);
        message.setId("first-message");
        message.setLabel(getTranslation("wizard.message"));
        message.setHelperText(getTranslation("wizard.message.helper"));
        message.setWidthFull();
        add(summary, quote, message);
    }

    @Override
    void entered() {
        ClaimDraft current = draft.get();
        summary.removeAll();
        if (current.creditor() != null) {
            summary.add(line("wizard.review.creditor", current.creditor().company().name()));
        }
        summary.add(line("wizard.review.debtor", current.debtor() == null ? "" : current.debtor().name()));
        List<InvoiceDraft> invoices = current.invoices();
        String currency = invoices.isEmpty() || invoices.getFirst().currency() == null ? "" : invoices.getFirst().currency();
        BigDecimal total = invoices.stream().map(InvoiceDraft::amount).filter(Objects::nonNull)
                .map(ReviewStep::decimal).reduce(BigDecimal.ZERO, BigDecimal::add);
        summary.add(line("wizard.review.invoices", invoices.size(), MoneyFormat.format(total, currency, getLocale())));
        summary.add(line("wizard.review.documents", current.documents().size()));
        showQuote(invoices, currency, total);
    }

    private void showQuote(List<InvoiceDraft> invoices, String currency, BigDecimal total) {
        quote.removeAll();
        refused = false;
        LocalDate oldest = invoices.stream().map(InvoiceDraft::dueDate).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
        if (oldest == null || total.signum() <= 0 || debtorCountry.get().isEmpty()) {
            return;
        }
        try {
            AgencyQuote result = quotes.quote(new QuoteQuery(debtorCountry.get(), total.toPlainString(), currency, oldest,
                    null), origin);
            quote.show(result);
            refused = result.quote().refused();
        } catch (ValidationException | RateLimitedException e) {
            // the quote is a courtesy here: the claim's own checks decide on submission
            quote.add(new Paragraph(getTranslation("wizard.review.noQuote")));
        }
    }

    /** Whether the agency's door policy refuses the claim (shown with the quote). */
    boolean refused() {
        return refused;
    }

    @Nullable String message() {
        return message.getValue().isBlank() ? null : message.getValue();
    }

    void fill(@Nullable String text) {
        message.setValue(text == null ? "" : text);
    }

    private Span line(String key, Object... parameters) {
        Span line = new Span(getTranslation(key, parameters));
        line.getElement().getStyle().set("display", "block");
        return line;
    }

    private static BigDecimal decimal(String amount) {
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    @Override
    boolean owns(String field) {
        return field.equals("message");
    }

    @Override
    Optional<HasValidation> fieldFor(String field) {
        return field.equals("message") ? Optional.of(message) : Optional.empty();
    }

    @Override
    List<? extends HasValidation> inputs() {
        return List.of(message);
    }
}
