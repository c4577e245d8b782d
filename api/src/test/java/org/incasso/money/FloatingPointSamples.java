package org.incasso.money;

import java.math.BigDecimal;

/** Deliberate offenders, imported only by the architecture test to prove its rules bite. */
public final class FloatingPointSamples {

    private FloatingPointSamples() {
    }

    public static final class WithDoubleField {
        double rate;
    }

    public static final class WithFloatReturn {
        float rate() {
            return 1;
        }
    }

    public static final class WithBoxedDoubleParameter {
        void rate(Double rate) {
        }
    }

    public static final class WithDoubleConversion {
        String rate(BigDecimal rate) {
            return String.valueOf(rate.doubleValue());
        }
    }
}
