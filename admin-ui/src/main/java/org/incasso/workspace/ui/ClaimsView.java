package org.incasso.workspace.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import org.incasso.claims.ClaimFilter;
import org.incasso.claims.ClaimPhase;
import org.incasso.claims.ClaimService;
import org.incasso.claims.ClaimSort;
import org.incasso.creditors.CreditorService;
import org.incasso.debtors.DebtorService;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.incasso.ui.MainLayout;
import org.incasso.ui.MoneyFormat;

/**
 * The specialist's claims: a lazy grid with filters; "only my claims" is on by default for
 * specialists and the choice is kept for the rest of the session.
 */
@Route(value = "claims", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "SPECIALIST"})
public class ClaimsView extends VerticalLayout implements HasDynamicTitle {

    private static final String MINE_ONLY = "claims.mineOnly";

    private final Grid<ClaimRow> grid = new Grid<>();
    private final TextField text = new TextField();
    private final MultiSelectComboBox<ClaimPhase> phases = new MultiSelectComboBox<>();
    private final Checkbox disputedOnly = new Checkbox();
    private final Checkbox mineOnly = new Checkbox();
    private final CurrentUser user;

    public ClaimsView(ClaimService claims, CreditorService creditors, DebtorService debtors, CurrentUsers users) {
        this.user = users.require();
        setSizeFull();
        configureFilters();
        grid.setId("claims-grid");
        grid.addColumn(row -> row.claim().reference()).setHeader(getTranslation("claim.reference")).setAutoWidth(true);
        grid.addColumn(ClaimRow::debtorName).setHeader(getTranslation("claim.debtor")).setFlexGrow(2);
        grid.addColumn(ClaimRow::creditorName).setHeader(getTranslation("claim.creditor")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("phase." + row.claim().state().phase())).setHeader(getTranslation("claim.phase"));
        grid.addColumn(row -> MoneyFormat.format(row.principal(), row.claim().currency(), getLocale()))
                .setHeader(getTranslation("claim.principal")).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addComponentColumn(row -> row.claim().state().disputed() ? DisputeBadge.create(this) : new Span())
                .setHeader(getTranslation("claim.dispute")).setAutoWidth(true);
        grid.setItems(query -> ClaimRow.of(claims.slice(filter(), ClaimSort.SUBMITTED_DESC, query.getOffset(),
                query.getLimit()), claims, creditors, debtors).stream(), query -> claims.count(filter()));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(ClaimDetailView.class,
                new com.vaadin.flow.router.RouteParameters("id", event.getItem().claim().id().toString()))));
        HorizontalLayout toolbar = new HorizontalLayout(text, phases, disputedOnly, mineOnly);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.claims")), toolbar, grid);
    }

    private void configureFilters() {
        text.setPlaceholder(getTranslation("claims.search"));
        text.setId("claims-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        phases.setPlaceholder(getTranslation("claim.phase"));
        phases.setItems(EnumSet.allOf(ClaimPhase.class));
        phases.setItemLabelGenerator(phase -> getTranslation("phase." + phase));
        disputedOnly.setLabel(getTranslation("claims.disputedOnly"));
        mineOnly.setLabel(getTranslation("claims.mineOnly"));
        mineOnly.setId("claims-mine-only");
        Object saved = VaadinSession.getCurrent().getAttribute(MINE_ONLY);
        mineOnly.setValue(saved instanceof Boolean b ? b : user.hasRole(Role.SPECIALIST) && !user.hasRole(Role.ADMIN));
        mineOnly.addValueChangeListener(event -> VaadinSession.getCurrent().setAttribute(MINE_ONLY, event.getValue()));
        text.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        phases.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        disputedOnly.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        mineOnly.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
    }

    private ClaimFilter filter() {
        Set<ClaimPhase> selected = phases.getValue();
        return new ClaimFilter(selected.isEmpty() ? null : selected, null, null, null,
                mineOnly.getValue() ? user.subject() : null, null, disputedOnly.getValue() ? Boolean.TRUE : null,
                null, null, null, text.getValue().isBlank() ? null : text.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.claims");
    }
}
