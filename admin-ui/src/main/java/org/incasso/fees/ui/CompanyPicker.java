package org.incasso.fees.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.TextRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.incasso.common.Address;
import org.incasso.registry.CompanyLookup;
import org.incasso.registry.CompanySuggestion;
import org.jspecify.annotations.Nullable;

/**
 * A company name looked up as you type (lazy: every filter asks the look-up), and its address.
 * Choosing a suggestion fills the address; a name nobody knows is kept as typed.
 */
public class CompanyPicker extends Composite<FormLayout> {

    private final ComboBox<CompanySuggestion> name = new ComboBox<>();
    private final TextField street = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField city = new TextField();
    private final ComboBox<String> country = new ComboBox<>();

    public CompanyPicker(String id, String label, String helper, Function<String, List<CompanySuggestion>> lookup) {
        Locale locale = getLocale();
        name.setId(id + "-name");
        name.setLabel(label);
        name.setHelperText(helper);
        name.setAllowCustomValue(true);
        name.setItems(query -> {
            String filter = query.getFilter().orElse("").strip();
            var found = filter.length() < CompanyLookup.MIN_LENGTH ? Stream.<CompanySuggestion>empty()
                    : lookup.apply(filter).stream();
            return found.skip(query.getOffset()).limit(query.getLimit());
        });
        name.setItemLabelGenerator(CompanySuggestion::name);
        name.setRenderer(new TextRenderer<>(CompanyPicker::describe));
        name.addCustomValueSetListener(event -> name.setValue(CompanySuggestion.typed(event.getDetail())));
        name.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                fill(event.getValue().address());
            }
        });
        street.setId(id + "-street");
        postalCode.setId(id + "-postal-code");
        city.setId(id + "-city");
        street.setLabel(getTranslation("quote.street"));
        postalCode.setLabel(getTranslation("quote.postalCode"));
        city.setLabel(getTranslation("quote.city"));
        country.setId(id + "-country");
        country.setLabel(getTranslation("quote.country"));
        country.setItems(Stream.of(Locale.getISOCountries()).sorted().toList());
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale) + " (" + code + ")");
        getContent().add(name, street, postalCode, city, country);
        getContent().setColspan(name, 2);
    }

    private static String describe(CompanySuggestion suggestion) {
        Address address = suggestion.address();
        String place = Stream.of(address.city(), address.country()).filter(java.util.Objects::nonNull)
                .reduce((a, b) -> a + ", " + b).orElse("");
        return place.isEmpty() ? suggestion.name() : suggestion.name() + " — " + place;
    }

    private void fill(Address address) {
        street.setValue(orEmpty(address.street()));
        postalCode.setValue(orEmpty(address.postalCode()));
        city.setValue(orEmpty(address.city()));
        if (address.country() != null) {
            country.setValue(address.country());
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    public ComboBox<String> country() {
        return country;
    }

    public void defaultCountry(String code) {
        country.setValue(code);
    }

    /** The name as chosen or typed, or {@code null}. */
    public @Nullable String name() {
        return name.getValue() == null ? null : name.getValue().name();
    }

    public Address address() {
        return new Address(street.getValue(), postalCode.getValue(), city.getValue(), country.getValue());
    }

    /** Shows a company entered before (e.g. on the quote page). */
    public void show(@Nullable String companyName, @Nullable Address address) {
        if (companyName != null && !companyName.isBlank()) {
            name.setValue(CompanySuggestion.typed(companyName));
        }
        if (address != null) {
            fill(address);
        }
    }

    /**
     * The field a violation of {@code part} belongs to: {@code name}, {@code address.street},
     * {@code address.postalCode}, {@code address.city}, {@code address.country} (or {@code address}).
     */
    public Optional<HasValidation> field(String part) {
        return Optional.ofNullable(switch (part) {
            case "name" -> name;
            case "address.street" -> street;
            case "address.postalCode" -> postalCode;
            case "address.city" -> city;
            case "address.country", "address" -> country;
            default -> null;
        });
    }

    public void clearErrors() {
        Stream.<HasValidation>of(name, street, postalCode, city, country).forEach(field -> field.setInvalid(false));
    }
}
