package org.incasso.workspace.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.incasso.claims.ClaimFilter;
import org.incasso.claims.ClaimMessages;
import org.incasso.claims.ClaimPhase;
import org.incasso.claims.ClaimService;
import org.incasso.claims.ClaimSort;
import org.incasso.debtors.DebtorService;
import org.incasso.events.Audience;
import org.incasso.events.CaseEventLog;
import org.incasso.events.CaseEventStream;
import org.incasso.identity.CurrentUsers;
import org.incasso.ui.MainLayout;
import org.incasso.ui.MoneyFormat;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/**
 * The creditor's landing page (Dashboard: "Overzicht van uw incassozaken"): all own claims with
 * phase, amounts, last update and unread messages. The service restricts the list to the
 * creditor's own claims; new events of any of them refresh the grid (server push).
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed("CREDITOR")
public class CreditorDashboardView extends VerticalLayout implements HasDynamicTitle {

    private final transient CaseEventLog eventLog;
    private final transient CaseEventStream eventStream;
    private final Audience audience;
    private final Grid<DashboardRow> grid = new Grid<>();
    private final TextField text = new TextField();
    private final MultiSelectComboBox<ClaimPhase> phases = new MultiSelectComboBox<>();
    private @Nullable Disposable live;

    public CreditorDashboardView(ClaimService claims, DebtorService debtors, CollectedAmounts amounts,
            ClaimMessages messages, CaseEventLog eventLog, CaseEventStream eventStream, CurrentUsers users) {
        this.eventLog = eventLog;
        this.eventStream = eventStream;
        this.audience = Audience.of(users.require());
        setSizeFull();
        configureFilters();
        configureColumns();
        grid.setItems(query -> DashboardRow.of(claims.slice(filter(), ClaimSort.SUBMITTED_DESC, query.getOffset(),
                query.getLimit()), claims, debtors, amounts, messages).stream(), query -> claims.count(filter()));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(CreditorClaimView.class,
                new RouteParameters("id", event.getItem().claim().id().toString()))));
        Button newClaim = new Button(getTranslation("dashboard.newClaim"), VaadinIcon.PLUS.create(),
                event -> getUI().ifPresent(ui -> ui.navigate("claim/new")));
        newClaim.setId("new-claim");
        newClaim.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(text, phases, newClaim);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph intro = new Paragraph(getTranslation("dashboard.intro"));
        intro.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)");
        add(new H2(getTranslation("nav.myClaims")), intro, toolbar, grid);
    }

    private void configureColumns() {
        grid.setId("dashboard-grid");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(row -> row.claim().reference()).setHeader(getTranslation("claim.reference")).setAutoWidth(true);
        grid.addColumn(DashboardRow::debtorName).setHeader(getTranslation("claim.debtor")).setFlexGrow(2);
        grid.addComponentColumn(this::phaseCell).setHeader(getTranslation("claim.phase")).setAutoWidth(true);
        amountColumn("claim.principal", DashboardRow::principal);
        amountColumn("claim.collected", DashboardRow::collected);
        amountColumn("claim.outstanding", DashboardRow::outstanding);
        grid.addColumn(row -> row.claim().updatedAt().atZoneSameInstant(java.time.ZoneId.systemDefault()).format(when))
                .setHeader(getTranslation("claim.updatedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::unreadBadge).setHeader(getTranslation("claim.tab.messages")).setAutoWidth(true);
    }

    private void amountColumn(String headerKey, Function<DashboardRow, BigDecimal> amount) {
        grid.addColumn(row -> MoneyFormat.format(amount.apply(row), row.claim().currency(), getLocale()))
                .setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private HorizontalLayout phaseCell(DashboardRow row) {
        HorizontalLayout cell = new HorizontalLayout(new Span(getTranslation("phase." + row.claim().state().phase())));
        cell.setSpacing(true);
        if (row.claim().state().disputed()) {
            cell.add(DisputeBadge.create(this));
        }
        return cell;
    }

    private Span unreadBadge(DashboardRow row) {
        if (row.unread() == 0) {
            return new Span();
        }
        Span badge = new Span(getTranslation("dashboard.unread", row.unread()));
        badge.getElement().getThemeList().add("badge primary pill");
        badge.addClassName("unread-badge");
        return badge;
    }

    private void configureFilters() {
        text.setPlaceholder(getTranslation("dashboard.search"));
        text.setId("dashboard-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("22em");
        phases.setPlaceholder(getTranslation("claim.phase"));
        phases.setItems(EnumSet.allOf(ClaimPhase.class));
        phases.setItemLabelGenerator(phase -> getTranslation("phase." + phase));
        text.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        phases.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
    }

    /** The service adds the "own claims only" restriction for creditor users. */
    private ClaimFilter filter() {
        Set<ClaimPhase> selected = phases.getValue();
        return new ClaimFilter(selected.isEmpty() ? null : selected, null, null, null, null, null, null, null, null,
                null, text.getValue().isBlank() ? null : text.getValue());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        live = LiveRefresh.start(attachEvent.getUI(), eventStream, audience, eventLog.lastId(audience), null,
                () -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.dispose();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myClaims");
    }
}
