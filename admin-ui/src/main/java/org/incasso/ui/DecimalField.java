package org.incasso.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A text field for a decimal number with immediate feedback: digits and one separator only (a
 * comma is taken as the decimal point), not negative, at most {@code max} and {@code maxScale}
 * decimals. The value goes to the services as a plain string, so nothing passes through floating
 * point; what only a service can decide is shown with {@link #showError}.
 */
public class DecimalField extends TextField {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final @Nullable BigDecimal max;
    private final int maxScale;
    private boolean optional;

    private DecimalField(String label, @Nullable BigDecimal max, int maxScale) {
        super(label);
        this.max = max;
        this.maxScale = maxScale;
        setManualValidation(true);
        setAllowedCharPattern("[0-9.,]");
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(event -> check());
    }

    /** A percentage from 0 to 100 with at most four decimals. */
    public static DecimalField percent(String label) {
        return new DecimalField(label, HUNDRED, 4);
    }

    /** An amount of money: not negative, at most two decimals. */
    public static DecimalField amount(String label) {
        return new DecimalField(label, null, 2);
    }

    /** An empty field is accepted (e.g. the open upper bound of the last amount band). */
    public DecimalField optional() {
        this.optional = true;
        return this;
    }

    /** Checks the entered text and shows why it is refused; {@code true} when it is accepted. */
    public boolean check() {
        String problem = problem();
        if (problem == null) {
            setInvalid(false);
            return true;
        }
        showError(getTranslation(problem));
        return false;
    }

    public void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    /** The entered decimal with a point, as the services take it; {@code null} when left empty. */
    public @Nullable String decimal() {
        String text = getValue().strip().replace(',', '.');
        return text.isEmpty() ? null : text;
    }

    public void setDecimal(@Nullable String value) {
        setValue(value == null ? "" : value);
        setInvalid(false);
    }

    private @Nullable String problem() {
        String text = decimal();
        if (text == null) {
            return optional ? null : "error.REQUIRED";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return "error.DECIMAL";
        }
        if (max != null && value.compareTo(max) > 0) {
            return "error.PERCENT_RANGE";
        }
        return value.stripTrailingZeros().scale() > maxScale ? "error.TOO_MANY_DECIMALS" : null;
    }
}
