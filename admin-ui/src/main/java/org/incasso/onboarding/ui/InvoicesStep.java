package org.incasso.onboarding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.incasso.claims.InvoiceDraft;
import org.incasso.fees.ui.ClaimStart;
import org.incasso.ui.DecimalField;
import org.jspecify.annotations.Nullable;

/** "Invoices": one or more unpaid invoices (number, invoice date, due date, amount) in one currency. */
class InvoicesStep extends WizardStep {

    private static final Pattern INVOICE_FIELD = Pattern.compile("invoices\\[(\\d+)]\\.(\\w+).*");

    private final Select<String> currency = new Select<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> invoices = new ArrayList<>();

    /** The inputs of one invoice. */
    private record Row(HorizontalLayout layout, TextField number, DatePicker invoiceDate, DatePicker dueDate,
            DecimalField amount, @Nullable Button remove) {

        /** Inputs are named by their position, which changes when an invoice above is removed. */
        void number(int index) {
            number.setId("invoice-number-" + index);
            invoiceDate.setId("invoice-date-" + index);
            dueDate.setId("invoice-due-date-" + index);
            amount.setId("invoice-amount-" + index);
            if (remove != null) {
                remove.setId("remove-invoice-" + index);
            }
        }

        InvoiceDraft draft(String currency) {
            return new InvoiceDraft(number.getValue(), invoiceDate.getValue(), dueDate.getValue(), amount.decimal(),
                    currency, null);
        }

        Stream<HasValidation> inputs() {
            return Stream.of(number, invoiceDate, dueDate, amount);
        }
    }

    InvoicesStep(String defaultCurrency, List<String> currencies) {
        super("invoices");
        currency.setId("invoice-currency");
        currency.setLabel(getTranslation("quote.currency"));
        LinkedHashSet<String> choices = new LinkedHashSet<>(List.of(defaultCurrency));
        choices.addAll(currencies);
        currency.setItems(choices);
        currency.setValue(defaultCurrency);
        rows.setPadding(false);
        Button addInvoice = new Button(getTranslation("wizard.invoice.add"), VaadinIcon.PLUS.create(), event -> addRow());
        addInvoice.setId("add-invoice");
        addInvoice.addThemeVariants(ButtonVariant.TERTIARY);
        add(new Paragraph(getTranslation("wizard.invoices.intro")), currency, rows, addInvoice);
        addRow();
    }

    private Row addRow() {
        int index = invoices.size();
        TextField number = new TextField(getTranslation("invoice.number"));
        DatePicker invoiceDate = new DatePicker(getTranslation("invoice.date"));
        DatePicker dueDate = new DatePicker(getTranslation("invoice.dueDate"));
        DecimalField amount = DecimalField.amount(getTranslation("invoice.amount"));
        invoiceDate.setMax(LocalDate.now());
        HorizontalLayout layout = new HorizontalLayout(number, invoiceDate, dueDate, amount);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
        Button remove = index == 0 ? null : new Button(VaadinIcon.TRASH.create());
        Row row = new Row(layout, number, invoiceDate, dueDate, amount, remove);
        if (remove != null) {
            remove.addClickListener(event -> remove(row));
            remove.setTooltipText(getTranslation("wizard.invoice.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            layout.add(remove);
        }
        row.number(index);
        invoices.add(row);
        rows.add(layout);
        return row;
    }

    private void remove(Row row) {
        invoices.remove(row);
        rows.remove(row.layout());
        for (int i = 0; i < invoices.size(); i++) {
            invoices.get(i).number(i);
        }
    }

    List<InvoiceDraft> drafts() {
        return invoices.stream().map(row -> row.draft(currency.getValue())).toList();
    }

    void fill(List<InvoiceDraft> drafts) {
        invoices.clear();
        rows.removeAll();
        if (drafts.isEmpty()) {
            addRow();
            return;
        }
        if (drafts.getFirst().currency() != null) {
            currency.setValue(drafts.getFirst().currency());
        }
        for (InvoiceDraft draft : drafts) {
            Row row = addRow();
            row.number().setValue(draft.number() == null ? "" : draft.number());
            row.invoiceDate().setValue(draft.invoiceDate());
            row.dueDate().setValue(draft.dueDate());
            row.amount().setDecimal(draft.amount());
        }
    }

    void fill(ClaimStart start) {
        currency.setValue(start.currency());
        Row first = invoices.getFirst();
        first.dueDate().setValue(start.dueDate());
        first.amount().setDecimal(start.amount());
    }

    @Override
    boolean owns(String field) {
        return field.startsWith("invoices");
    }

    @Override
    Optional<HasValidation> fieldFor(String field) {
        Matcher matcher = INVOICE_FIELD.matcher(field);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) >= invoices.size()) {
            return Optional.empty();
        }
        Row row = invoices.get(Integer.parseInt(matcher.group(1)));
        boolean currencyField = field.endsWith("amount.currency");
        return Optional.ofNullable(switch (matcher.group(2)) {
            case "number" -> row.number();
            case "invoiceDate" -> row.invoiceDate();
            case "dueDate" -> row.dueDate();
            case "amount" -> currencyField ? currency : row.amount();
            default -> null;
        });
    }

    @Override
    List<? extends HasValidation> inputs() {
        return Stream.concat(Stream.of(currency), invoices.stream().flatMap(Row::inputs)).toList();
    }
}
