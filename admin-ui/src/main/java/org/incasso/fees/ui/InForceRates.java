package org.incasso.fees.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.incasso.fees.domain.AmountBand;
import org.incasso.fees.domain.FeeSchedule;
import org.incasso.fees.domain.OverdueSurcharge;
import org.incasso.fees.domain.Region;
import org.jspecify.annotations.Nullable;

/** The commission rates of the version in force: a row per region, a column per amount band, the surcharge. */
class InForceRates extends Grid<Region> {

    InForceRates() {
        setId("fee-in-force-rates");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT);
    }

    void show(FeeSchedule schedule) {
        removeAllColumns();
        addColumn(region -> getTranslation("region." + region)).setHeader(getTranslation("fees.region"));
        for (AmountBand band : schedule.commission().bands()) {
            addColumn(region -> schedule.commission().percent(region, band).toPlainString() + " %")
                    .setHeader(band.name());
        }
        addColumn(region -> surcharge(schedule.surcharges().byRegion().get(region)))
                .setHeader(getTranslation("fees.surcharges"));
        setItems(List.of(Region.values()));
    }

    private String surcharge(@Nullable OverdueSurcharge surcharge) {
        return surcharge == null ? ""
                : getTranslation("fees.surcharge.summary", surcharge.points().toPlainString(), surcharge.thresholdDays());
    }
}
