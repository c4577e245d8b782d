package org.incasso.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.incasso.common.CompanyDetails;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.jspecify.annotations.Nullable;

/**
 * A lazily loaded, filterable list of companies with a form beside it for creating and editing;
 * the creditors and debtors views differ only in their service and the bank-account section.
 */
public abstract class CompanyListView<T> extends VerticalLayout implements HasDynamicTitle {

    private final Grid<T> grid = new Grid<>();
    private final TextField nameFilter = new TextField();
    private final ComboBox<String> countryFilter = new ComboBox<>();
    private final CompanyForm form;
    private final String titleKey;
    private @Nullable T editing;

    protected CompanyListView(String titleKey, boolean withBankAccount) {
        this.titleKey = titleKey;
        this.form = new CompanyForm(withBankAccount);
        setSizeFull();
        form.setVisible(false);
        form.setWidth("36em");
        form.onCancel(this::closeForm);
        form.onSave(this::save);
        configureGrid();
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        add(new H2(getTranslation(titleKey)), toolbar(), content);
    }

    protected abstract List<T> slice(CompanyFilter filter, CompanySort sort, int offset, int limit);

    protected abstract int count(CompanyFilter filter);

    protected abstract CompanyDetails companyOf(T item);

    protected abstract CompanyFormModel modelOf(T item);

    /** Stores a new ({@code existing} null) or changed company; may throw a ValidationException. */
    protected abstract void store(@Nullable T existing, CompanyFormModel model);

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }

    private HorizontalLayout toolbar() {
        nameFilter.setPlaceholder(getTranslation("filter.name"));
        nameFilter.setId("filter-name");
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        countryFilter.setPlaceholder(getTranslation("filter.country"));
        countryFilter.setItems(Arrays.stream(Locale.getISOCountries()).sorted().toList());
        countryFilter.setClearButtonVisible(true);
        countryFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("action.add"), VaadinIcon.PLUS.create(), event -> openForm(null));
        add.setId("add-company");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(nameFilter, countryFilter, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("company-grid");
        grid.addColumn(item -> companyOf(item).name()).setHeader(getTranslation("company.name")).setFlexGrow(2);
        grid.addColumn(item -> companyOf(item).address() == null ? "" : companyOf(item).address().city())
                .setHeader(getTranslation("address.city"));
        grid.addColumn(item -> companyOf(item).country()).setHeader(getTranslation("address.country")).setAutoWidth(true);
        grid.addColumn(item -> companyOf(item).registrationNumber())
                .setHeader(getTranslation("company.registrationNumber"));
        grid.setItems(query -> slice(filter(), CompanySort.NAME_ASC, query.getOffset(), query.getLimit()).stream(),
                query -> count(filter()));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                openForm(event.getValue());
            }
        });
    }

    private CompanyFilter filter() {
        return new CompanyFilter(nameFilter.getValue(), countryFilter.getValue());
    }

    private void openForm(@Nullable T item) {
        editing = item;
        form.edit(getTranslation(item == null ? "form.new" : "form.edit"),
                item == null ? new CompanyFormModel() : modelOf(item));
        form.setVisible(true);
    }

    private void closeForm() {
        editing = null;
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void save(CompanyFormModel model) {
        store(editing, model);
        Notifications.success(getTranslation("saved"));
        closeForm();
        grid.getDataProvider().refreshAll();
    }
}
