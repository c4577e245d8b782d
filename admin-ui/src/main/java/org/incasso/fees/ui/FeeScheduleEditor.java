package org.incasso.fees.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.incasso.common.FieldViolation;
import org.incasso.common.ValidationException;
import org.incasso.fees.FeeScheduleDocument;
import org.incasso.fees.FeeScheduleDocument.Band;
import org.incasso.fees.FeeScheduleDocument.Rate;
import org.incasso.fees.FeeScheduleDocument.Surcharge;
import org.incasso.fees.domain.DoorPolicyMode;
import org.incasso.fees.domain.Region;
import org.incasso.ui.DecimalField;
import org.incasso.ui.Notifications;

/**
 * Enters a new fee schedule version, starting from the latest one: bounds of its amount bands,
 * commission per region and band, overdue surcharges, registration fee, door policy and the
 * domestic flat fee. Fields give immediate feedback; the service's violations are shown next to
 * the field whose input path they name, the others in a notification.
 */
class FeeScheduleEditor extends Composite<VerticalLayout> {

    /** Stores the entered version; may refuse it with a {@link ValidationException}. */
    @FunctionalInterface
    interface SaveHandler {
        void save(LocalDate validFrom, FeeScheduleDocument document);
    }

    private final DatePicker validFrom = new DatePicker();
    private final FormLayout bandsForm = new FormLayout();
    private final FormLayout ratesForm = new FormLayout();
    private final FormLayout surchargesForm = new FormLayout();
    private final DecimalField registrationFee = DecimalField.amount("");
    private final DecimalField minimumPrincipal = DecimalField.amount("");
    private final IntegerField maximumAgeMonths = new IntegerField();
    private final Select<DoorPolicyMode> doorMode = new Select<>();
    private final DecimalField flatFee = DecimalField.percent("");
    private final Checkbox withdrawalSurcharge = new Checkbox();
    private final List<DecimalField> decimals = new ArrayList<>();
    private final Map<String, HasValidation> byPath = new HashMap<>();
    private final List<BandFields> bands = new ArrayList<>();
    private final List<RateField> rates = new ArrayList<>();
    private final List<SurchargeFields> surcharges = new ArrayList<>();
    private String currency = "EUR";
    private SaveHandler saveHandler = (from, document) -> { };

    private record BandFields(String name, DecimalField lower, DecimalField upper) {
    }

    private record RateField(Region region, String band, DecimalField percent) {
    }

    private record SurchargeFields(Region region, DecimalField points, IntegerField days) {
    }

    FeeScheduleEditor() {
        validFrom.setLabel(getTranslation("fees.validFrom"));
        validFrom.setId("fee-valid-from");
        validFrom.setI18n(new DatePicker.DatePickerI18n().setDateFormats("dd-MM-yyyy", "yyyy-MM-dd"));
        register("validFrom", validFrom);
        registrationFee.setLabel(getTranslation("fees.registrationFee"));
        minimumPrincipal.setLabel(getTranslation("fees.door.minimumPrincipal"));
        maximumAgeMonths.setLabel(getTranslation("fees.door.maximumAgeMonths"));
        maximumAgeMonths.setMin(1);
        maximumAgeMonths.setStepButtonsVisible(true);
        doorMode.setLabel(getTranslation("fees.door.mode"));
        doorMode.setItems(DoorPolicyMode.values());
        doorMode.setItemLabelGenerator(mode -> getTranslation("fees.door.mode." + mode));
        flatFee.setLabel(getTranslation("fees.domesticFlatFee"));
        withdrawalSurcharge.setLabel(getTranslation("fees.withdrawalIncludesSurcharge"));
        decimal("registrationFee", registrationFee, "fee-registration-fee");
        decimal("doorPolicy.minimumPrincipal", minimumPrincipal, "fee-minimum-principal");
        decimal("domesticFlatFeePercent", flatFee, "fee-flat-fee");
        register("doorPolicy.maximumAgeMonths", maximumAgeMonths);
        FormLayout other = new FormLayout(registrationFee, flatFee, minimumPrincipal, maximumAgeMonths, doorMode,
                withdrawalSurcharge);
        Button save = new Button(getTranslation("fees.saveVersion"), event -> save());
        save.setId("save-fee-schedule");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("fees.newVersion")), validFrom,
                new H4(getTranslation("fees.bands")), bandsForm, new H4(getTranslation("fees.rates")), ratesForm,
                new H4(getTranslation("fees.surcharges")), surchargesForm, new H4(getTranslation("fees.other")), other,
                save);
    }

    void onSave(SaveHandler handler) {
        this.saveHandler = handler;
    }

    /** Starts a new version from {@code base}; {@code earliest} is the first day it may start. */
    private @org.jspecify.annotations.Nullable FeeScheduleDocument countryRules;

    void edit(FeeScheduleDocument base, LocalDate earliest) {
        // country rules are kept from the version the new one starts from (edited through the API)
        this.countryRules = base;
        currency = base.currency();
        byPath.keySet().removeIf(path -> path.startsWith("bands") || path.startsWith("rates")
                || path.startsWith("surcharges"));
        decimals.removeIf(field -> field != registrationFee && field != minimumPrincipal && field != flatFee);
        validFrom.setMin(earliest);
        validFrom.clear();
        validFrom.setInvalid(false);
        editBands(base.bands());
        editRates(base);
        editSurcharges(base.surcharges());
        registrationFee.setDecimal(base.registrationFee());
        minimumPrincipal.setDecimal(base.doorPolicy().minimumPrincipal());
        maximumAgeMonths.setValue(base.doorPolicy().maximumAgeMonths());
        doorMode.setValue(base.doorPolicy().mode());
        flatFee.setDecimal(base.domesticFlatFeePercent());
        withdrawalSurcharge.setValue(base.withdrawalIncludesSurcharge());
    }

    private void editBands(List<Band> entered) {
        bands.clear();
        bandsForm.removeAll();
        for (int i = 0; i < entered.size(); i++) {
            Band band = entered.get(i);
            String path = "bands[" + i + "]";
            DecimalField lower = DecimalField.amount(getTranslation("fees.band.lower", band.name()));
            DecimalField upper = DecimalField.amount(getTranslation("fees.band.upper", band.name())).optional();
            lower.setDecimal(band.lowerExclusive());
            upper.setDecimal(band.upperInclusive());
            decimal(path + ".lowerExclusive", lower, "fee-band-" + band.name() + "-lower");
            decimal(path + ".upperInclusive", upper, "fee-band-" + band.name() + "-upper");
            bands.add(new BandFields(band.name(), lower, upper));
            bandsForm.add(lower, upper);
        }
    }

    private void editRates(FeeScheduleDocument base) {
        rates.clear();
        ratesForm.removeAll();
        ratesForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", base.bands().size() + 1));
        for (Region region : Region.values()) {
            ratesForm.add(new Span(getTranslation("region." + region)));
            for (Band band : base.bands()) {
                DecimalField percent = DecimalField.percent(band.name() + " (%)");
                percent.setDecimal(base.rates().stream().filter(r -> r.region() == region && r.band().equals(band.name()))
                        .map(Rate::percent).findFirst().orElse(null));
                decimal("rates[" + rates.size() + "].percent", percent, "fee-rate-" + region + "-" + band.name());
                rates.add(new RateField(region, band.name(), percent));
                ratesForm.add(percent);
            }
        }
    }

    private void editSurcharges(List<Surcharge> entered) {
        surcharges.clear();
        surchargesForm.removeAll();
        surchargesForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        for (Region region : Region.values()) {
            String index = "surcharges[" + surcharges.size() + "]";
            Surcharge current = entered.stream().filter(s -> s.region() == region).findFirst().orElse(null);
            DecimalField points = DecimalField.percent(getTranslation("fees.surcharge.points"));
            points.setDecimal(current == null ? null : current.points());
            IntegerField days = new IntegerField(getTranslation("fees.surcharge.days"));
            days.setMin(0);
            days.setValue(current == null ? null : current.thresholdDays());
            decimal(index + ".points", points, "fee-surcharge-" + region + "-points");
            byPath.put("surcharges." + region + ".points", points);
            register(index + ".thresholdDays", days);
            byPath.put("surcharges." + region + ".thresholdDays", days);
            surcharges.add(new SurchargeFields(region, points, days));
            surchargesForm.add(new Span(getTranslation("region." + region)), points, days);
        }
    }

    private void save() {
        boolean valid = decimals.stream().map(DecimalField::check).reduce(true, Boolean::logicalAnd);
        valid &= !maximumAgeMonths.isInvalid() && surcharges.stream().noneMatch(s -> s.days().isInvalid());
        if (validFrom.isEmpty()) {
            validFrom.setErrorMessage(getTranslation("error.REQUIRED"));
            validFrom.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            return;
        }
        try {
            saveHandler.save(Objects.requireNonNull(validFrom.getValue()), document());
        } catch (ValidationException e) {
            showViolations(e.violations());
        }
    }

    private FeeScheduleDocument document() {
        return new FeeScheduleDocument(currency,
                bands.stream().map(b -> new Band(b.name(), text(b.lower()), b.upper().decimal())).toList(),
                rates.stream().map(r -> new Rate(r.region(), r.band(), text(r.percent()))).toList(),
                surcharges.stream().map(s -> new Surcharge(s.region(), Objects.requireNonNullElse(s.days().getValue(), -1),
                        text(s.points()))).toList(),
                text(registrationFee),
                new FeeScheduleDocument.Door(text(minimumPrincipal),
                        Objects.requireNonNullElse(maximumAgeMonths.getValue(), 0),
                        Objects.requireNonNullElse(doorMode.getValue(), DoorPolicyMode.WARN)),
                text(flatFee), withdrawalSurcharge.getValue(),
                countryRules == null ? List.of() : countryRules.regionOverrides(),
                countryRules == null ? List.of() : countryRules.countrySurcharges());
    }

    /** Shows the service's violations next to the fields they name, the rest in a notification. */
    void showViolations(List<FieldViolation> violations) {
        List<String> elsewhere = new ArrayList<>();
        for (FieldViolation violation : violations) {
            String message = getTranslation("error." + violation.code().name());
            HasValidation field = byPath.get(violation.field());
            if (field == null) {
                elsewhere.add(message + " (" + violation.field() + ": " + violation.message() + ")");
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        if (!elsewhere.isEmpty()) {
            Notifications.error(String.join("; ", elsewhere));
        }
    }

    private static String text(DecimalField field) {
        return Objects.requireNonNullElse(field.decimal(), "");
    }

    private void decimal(String path, DecimalField field, String id) {
        field.setId(id);
        decimals.add(field);
        register(path, field);
    }

    private void register(String path, HasValidation field) {
        byPath.put(path, field);
    }
}
