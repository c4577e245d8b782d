package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PRODUCT.md: 90 days for domestic debtors, 120 abroad, configurable per tenant. */
class AmicableDeadlinesTest {

    private final AmicableDeadlines defaults = AmicableDeadlines.defaults();

    @Test
    void defaultsAreNinetyDaysDomesticAndHundredTwentyAbroad() {
        assertThat(defaults).isEqualTo(new AmicableDeadlines(90, 120));
    }

    // Expected dates counted by hand on the calendar.
    @ParameterizedTest(name = "{0} domestic={1} -> {2}")
    @CsvSource({
        "2025-01-15, true,  2025-04-15",
        "2025-01-15, false, 2025-05-15",
        "2024-01-15, true,  2024-04-14", // across 29 February: one day earlier than in 2025
        "2024-01-15, false, 2024-05-14",
        "2024-02-29, true,  2024-05-29", // starting on the leap day itself
        "2023-12-01, true,  2024-02-29", // ending on the leap day
        "2026-11-10, false, 2027-03-10", // across the year end
    })
    void countsCalendarDaysFromTheStart(LocalDate start, boolean domestic, LocalDate expected) {
        assertThat(defaults.deadline(start, domestic)).isEqualTo(expected);
    }

    @Test
    void usesTheTenantsConfiguredDays() {
        var tenant = new AmicableDeadlines(60, 150);

        assertThat(tenant.deadline(LocalDate.of(2025, 3, 1), true)).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(tenant.deadline(LocalDate.of(2025, 3, 1), false)).isEqualTo(LocalDate.of(2025, 7, 29));
    }

    @Test
    void rejectsDeadlinesShorterThanOneDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AmicableDeadlines(0, 120));
        assertThatIllegalArgumentException().isThrownBy(() -> new AmicableDeadlines(90, -1));
    }

    @Test
    void startingTheAmicablePhaseSetsTheDeadline() {
        LocalDate start = LocalDate.of(2024, 1, 15);

        assertThat(ClaimState.submitted().startAmicable(start, true, defaults).amicableDeadline())
                .isEqualTo(LocalDate.of(2024, 4, 14));
        assertThat(ClaimState.submitted().startAmicable(start, false, defaults).amicableDeadline())
                .isEqualTo(LocalDate.of(2024, 5, 14));
    }

    @Test
    void deadlinePassesTheDayAfterItWhileStillAmicable() {
        ClaimState amicable = ClaimState.submitted().startAmicable(LocalDate.of(2024, 1, 15), true, defaults);

        assertThat(amicable.amicableDeadlinePassed(LocalDate.of(2024, 4, 14))).isFalse();
        assertThat(amicable.amicableDeadlinePassed(LocalDate.of(2024, 4, 15))).isTrue();
        assertThat(amicable.agreePaymentPlan().amicableDeadlinePassed(LocalDate.of(2024, 4, 15))).isFalse();
    }
}
