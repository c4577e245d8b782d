package org.incasso.fees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.incasso.common.FieldViolation;
import org.incasso.common.RateLimitedException;
import org.incasso.common.ValidationException;
import org.incasso.fees.QuoteOrigin;
import org.incasso.fees.QuoteQuery;
import org.incasso.fees.QuoteService;
import org.incasso.registry.CompanyLookup;
import org.incasso.tenancy.Tenant;
import org.incasso.tenancy.Tenants;
import org.jspecify.annotations.Nullable;

/**
 * Step 1 of the creditor journey: a free quote without an account (PRODUCT.md). The agency is the
 * tenant serving the host name; the quote goes through {@link QuoteService} with the client's
 * address, so the page has the same rate limit as the GraphQL {@code quote}. Nothing is stored.
 * A quote the agency accepts offers "submit your claim": everything entered goes along to the claim
 * wizard ({@code claim/new}) in the session.
 */
@Route("quote")
@RouteAlias("offerte")
@AnonymousAllowed
public class QuoteView extends VerticalLayout implements HasDynamicTitle {

    // a positive decimal with a point or comma; the service checks the currency's digits
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}([.,]\\d{1,4})?");
    private static final List<String> CURRENCIES = List.of("EUR", "GBP", "USD", "CHF");

    private final QuoteService quotes;
    private final String host;
    private final CompanyPicker debtor;
    private final TextField amount = new TextField();
    private final Select<String> currency = new Select<>();
    private final DatePicker dueDate = new DatePicker();
    private final Paragraph error = new Paragraph();
    private final QuoteResult result = new QuoteResult();
    private final CompanyPicker creditor;
    private final Button submitClaim = new Button();

    public QuoteView(QuoteService quotes, CompanyLookup lookup, Tenants tenants) {
        this.quotes = quotes;
        this.host = VaadinRequest.getCurrent() instanceof VaadinServletRequest request ? request.getServerName() : "";
        Tenant tenant = tenants.byHost(host).orElseThrow();
        creditor = new CompanyPicker("creditor", getTranslation("quote.creditor"),
                getTranslation("quote.creditor.helper"), typed -> lookup.suggest(host, typed));
        debtor = new CompanyPicker("debtor", getTranslation("quote.debtor"), getTranslation("quote.debtor.helper"),
                typed -> lookup.suggest(host, typed));
        creditor.defaultCountry(tenant.homeCountry());
        debtor.defaultCountry(tenant.homeCountry());
        add(new H2(getTranslation("quote.title")), new H3(getTranslation("quote.creditor")), creditor,
                new H3(getTranslation("quote.debtor")), debtor, new H3(getTranslation("quote.financials")),
                new Paragraph(getTranslation("quote.financials.helper")), financials(tenant), calculateButton(),
                error, result, submitClaimButton());
        setMaxWidth("60em");
    }

    private FormLayout financials(Tenant tenant) {
        amount.setId("amount");
        amount.setLabel(getTranslation("quote.amount"));
        amount.setPlaceholder("1000.00");
        Set<String> currencies = new LinkedHashSet<>(List.of(tenant.defaultCurrency().getCurrencyCode()));
        currencies.addAll(CURRENCIES);
        currency.setId("currency");
        currency.setLabel(getTranslation("quote.currency"));
        currency.setItems(currencies);
        currency.setValue(tenant.defaultCurrency().getCurrencyCode());
        dueDate.setId("due-date");
        dueDate.setLabel(getTranslation("quote.dueDate"));
        dueDate.setMax(LocalDate.now());
        return new FormLayout(amount, currency, dueDate);
    }

    private Button calculateButton() {
        Button calculate = new Button(getTranslation("quote.calculate"), event -> calculate());
        calculate.setId("calculate");
        calculate.addThemeVariants(ButtonVariant.PRIMARY);
        return calculate;
    }

    private Button submitClaimButton() {
        submitClaim.setText(getTranslation("quote.submitClaim"));
        submitClaim.setId("submit-claim");
        submitClaim.addThemeVariants(ButtonVariant.PRIMARY);
        submitClaim.setVisible(false);
        // what goes along is what was quoted: changing a figure of the quote asks for a new one first
        amount.addValueChangeListener(event -> submitClaim.setVisible(false));
        currency.addValueChangeListener(event -> submitClaim.setVisible(false));
        dueDate.addValueChangeListener(event -> submitClaim.setVisible(false));
        debtor.country().addValueChangeListener(event -> submitClaim.setVisible(false));
        submitClaim.addClickListener(event -> {
            new ClaimStart(creditor.name(), creditor.address(), debtor.name(), debtor.address(),
                    amount.getValue().strip().replace(',', '.'), currency.getValue(), dueDate.getValue())
                    .keep(VaadinSession.getCurrent());
            getUI().ifPresent(ui -> ui.navigate("claim/new"));
        });
        return submitClaim;
    }

    private void calculate() {
        clearErrors();
        String typed = amount.getValue().strip();
        boolean valid = true;
        if (!AMOUNT.matcher(typed).matches()) {
            invalid(amount, getTranslation("quote.amount.invalid"));
            valid = false;
        }
        if (dueDate.getValue() == null) {
            dueDate.setInvalid(true);
            dueDate.setErrorMessage(getTranslation("quote.dueDate.required"));
            valid = false;
        }
        if (debtor.country().getValue() == null) {
            invalid(debtor.country(), getTranslation("quote.country.required"));
            valid = false;
        }
        if (valid) {
            quote(new QuoteQuery(debtor.country().getValue(), typed.replace(',', '.'), currency.getValue(),
                    dueDate.getValue(), null));
        }
    }

    private void quote(QuoteQuery query) {
        try {
            var quote = quotes.quote(query, new QuoteOrigin(host, clientAddress()));
            result.show(quote);
            submitClaim.setVisible(!quote.quote().refused());
        } catch (RateLimitedException e) {
            error.setText(getTranslation("quote.rateLimited", e.retryAfter().toSeconds() + 1));
        } catch (ValidationException e) {
            e.violations().forEach(this::show);
        }
    }

    private void show(FieldViolation violation) {
        String message = getTranslation("quote.violation." + violation.code().name(), violation.message());
        switch (violation.field()) {
            case String f when f.startsWith("principal.currency") -> {
                currency.setInvalid(true);
                currency.setErrorMessage(message);
            }
            case String f when f.startsWith("principal") -> invalid(amount, message);
            case "oldestDueDate" -> {
                dueDate.setInvalid(true);
                dueDate.setErrorMessage(message);
            }
            case "debtorCountry" -> invalid(debtor.country(), message);
            default -> error.setText(message);
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        result.removeAll();
        submitClaim.setVisible(false);
        error.setText("");
        amount.setInvalid(false);
        currency.setInvalid(false);
        dueDate.setInvalid(false);
        debtor.country().setInvalid(false);
    }

    // through the container's forwarded-header handling, like the GraphQL quote's address
    private @Nullable String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quote.title");
    }
}
