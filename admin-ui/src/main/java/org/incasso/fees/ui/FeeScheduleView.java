package org.incasso.fees.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.incasso.fees.FeeScheduleChange;
import org.incasso.fees.FeeScheduleDocument;
import org.incasso.fees.FeeScheduleService;
import org.incasso.fees.FeeScheduleVersion;
import org.incasso.fees.domain.FeeSchedule;
import org.incasso.ui.MainLayout;
import org.incasso.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's fee schedule for administrators: the version in force, all versions, an editor for
 * a new version from a future date (versions in force are never changed) and the audit trail.
 */
@Route(value = "admin/fee-schedule", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class FeeScheduleView extends VerticalLayout implements HasDynamicTitle {

    private final FeeScheduleService schedules;
    private final Paragraph inForce = new Paragraph();
    private final InForceRates inForceRates = new InForceRates();
    private final Grid<FeeScheduleVersion> versions = new Grid<>();
    private final FeeScheduleEditor editor = new FeeScheduleEditor();
    private final Grid<FeeScheduleChange> changes = new Grid<>();

    public FeeScheduleView(FeeScheduleService schedules) {
        this.schedules = schedules;
        inForce.setId("fee-in-force");
        versions.setId("fee-versions-grid");
        versions.addColumn(v -> date(v.schedule().validFrom())).setHeader(getTranslation("fees.validFrom"));
        versions.addColumn(v -> v.isDefault() ? getTranslation("fees.defaults") : dateTime(v.createdAt()))
                .setHeader(getTranslation("fees.storedAt"));
        versions.setAllRowsVisible(true);
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        changes.setId("fee-audit-grid");
        changes.addColumn(c -> date(c.validFrom())).setHeader(getTranslation("fees.validFrom"));
        changes.addColumn(FeeScheduleChange::changedByName).setHeader(getTranslation("fees.changedBy"));
        changes.addColumn(c -> dateTime(c.changedAt())).setHeader(getTranslation("fees.changedAt"));
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        editor.onSave(this::save);
        add(new H2(getTranslation("fees.title")), inForce, inForceRates, new H3(getTranslation("fees.versions")),
                versions, editor, new H3(getTranslation("fees.audit")), changes);
        refresh();
    }

    private void save(LocalDate validFrom, FeeScheduleDocument document) {
        schedules.update(validFrom, document);
        Notifications.success(getTranslation("fees.saved", date(validFrom)));
        refresh();
    }

    private void refresh() {
        FeeSchedule current = schedules.inForce(null).schedule();
        // the amicable deadlines are tenant configuration, shown here because quotes and claims use them
        inForce.setText(getTranslation("fees.inForce", date(current.validFrom()), current.currency().getCurrencyCode(),
                current.amicableDeadlines().domesticDays(), current.amicableDeadlines().abroadDays()));
        inForceRates.show(current);
        List<FeeScheduleVersion> all = schedules.versions();
        versions.setItems(all);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        editor.edit(FeeScheduleDocument.of(all.getLast().schedule()), tomorrow);
        changes.setItems(schedules.changes(100));
    }

    private String date(LocalDate date) {
        return format(date, DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT));
    }

    private String dateTime(@Nullable OffsetDateTime at) {
        return at == null ? "" : format(at, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT));
    }

    private String format(TemporalAccessor value, DateTimeFormatter formatter) {
        return formatter.withLocale(getLocale()).format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fees.title");
    }
}
