package org.incasso.interest.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.incasso.common.FieldViolation;
import org.incasso.common.ValidationException;
import org.incasso.interest.InterestRateService;
import org.incasso.interest.InterestRateTableView;
import org.incasso.interest.domain.InterestRate;
import org.incasso.ui.DecimalField;
import org.incasso.ui.MainLayout;
import org.incasso.ui.Notifications;

/**
 * Statutory interest rates for administrators: the table of a country (NL first, or the ECB
 * reference rate) with its dates, and adding a rate. Rates are never changed: a correction is a
 * new rate from a later date.
 */
@Route(value = "admin/interest-rates", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class InterestRatesView extends VerticalLayout implements HasDynamicTitle {

    private final InterestRateService rates;
    private final ComboBox<String> country = new ComboBox<>();
    private final Paragraph tableName = new Paragraph();
    private final Grid<InterestRate> grid = new Grid<>();
    private final DatePicker validFrom = new DatePicker();
    private final DecimalField percent = DecimalField.percent("");

    public InterestRatesView(InterestRateService rates) {
        this.rates = rates;
        country.setId("rate-country");
        country.setLabel(getTranslation("interest.country"));
        country.setItems(Stream.concat(Stream.of(InterestRateService.ECB),
                Arrays.stream(Locale.getISOCountries()).sorted()).toList());
        country.setItemLabelGenerator(code -> InterestRateService.ECB.equals(code) ? getTranslation("interest.ecb")
                : code + " – " + Locale.of("", code).getDisplayCountry(getLocale()));
        country.setValue("NL");
        country.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                refresh();
            }
        });
        tableName.setId("rate-table-name");
        grid.setId("rates-grid");
        grid.addColumn(rate -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale())
                .format(rate.validFrom())).setHeader(getTranslation("fees.validFrom"));
        grid.addColumn(rate -> percent(rate.percent())).setHeader(getTranslation("interest.percent"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(new H2(getTranslation("interest.title")), country, tableName, grid, new H3(getTranslation("interest.add")),
                addForm());
        refresh();
    }

    private HorizontalLayout addForm() {
        validFrom.setId("rate-valid-from");
        validFrom.setLabel(getTranslation("fees.validFrom"));
        validFrom.setI18n(new DatePicker.DatePickerI18n().setDateFormats("dd-MM-yyyy", "yyyy-MM-dd"));
        percent.setId("rate-percent");
        percent.setLabel(getTranslation("interest.percent"));
        Button add = new Button(getTranslation("interest.addButton"), event -> add());
        add.setId("add-rate");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(validFrom, percent, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void add() {
        boolean valid = percent.check();
        if (validFrom.isEmpty()) {
            validFrom.setErrorMessage(getTranslation("error.REQUIRED"));
            validFrom.setInvalid(true);
            valid = false;
        }
        String table = country.getValue();
        if (!valid || table == null || validFrom.getValue() == null) {
            return;
        }
        try {
            rates.add(table, validFrom.getValue(), String.valueOf(percent.decimal()));
            Notifications.success(getTranslation("interest.added"));
            validFrom.clear();
            percent.setDecimal(null);
            refresh();
        } catch (ValidationException e) {
            showViolations(e.violations());
        }
    }

    /** The service's violations next to the field they name; anything else in a notification. */
    private void showViolations(List<FieldViolation> violations) {
        Map<String, HasValidation> fields = Map.of("validFrom", validFrom, "percent", percent, "country", country);
        for (FieldViolation violation : violations) {
            String message = getTranslation("error." + violation.code().name());
            HasValidation field = fields.get(violation.field());
            if (field == null) {
                Notifications.error(message + " (" + violation.field() + ")");
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }

    private void refresh() {
        InterestRateTableView view = rates.table(String.valueOf(country.getValue()));
        tableName.setText(view.ecbFallback() ? getTranslation("interest.fallback", view.table().name())
                : view.table().name());
        grid.setItems(view.table().rates().stream().sorted(Comparator.comparing(InterestRate::validFrom).reversed())
                .toList());
    }

    private String percent(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(4);
        return format.format(value) + " %";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("interest.title");
    }
}
