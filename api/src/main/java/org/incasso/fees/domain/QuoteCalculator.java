package org.incasso.fees.domain;

import java.util.ArrayList;
import java.util.List;
import org.incasso.money.ExplanationLine;

/** Computes the free quote with the tenant's fee schedule version in force on the submission date. */
public final class QuoteCalculator {

    private final FeeScheduleHistory schedules;

    public QuoteCalculator(FeeScheduleHistory schedules) {
        this.schedules = schedules;
    }

    public Quote quote(QuoteRequest request) {
        FeeSchedule schedule = schedules.inForceAt(request.submissionDate());
        CommissionTerms terms = schedule.termsFor(request.debtorCountry(), request.principal(),
                request.oldestDueDate(), request.submissionDate());
        List<QuoteWarning> warnings = doorPolicyWarnings(schedule.doorPolicy(), request);
        boolean refused = !warnings.isEmpty() && schedule.doorPolicy().mode() == DoorPolicyMode.REFUSE;
        int days = schedule.amicableDeadlines().daysFor(terms.region());
        List<ExplanationLine> explanation = new ArrayList<>(terms.explanation());
        explanation.add(new ExplanationLine("registrationFee",
                "Registration fee " + schedule.registrationFee() + " per claim, charged at submission."));
        explanation.add(new ExplanationLine("expectedAmicableDays", "Amicable phase expected to take up to " + days
                + " days (" + (terms.isDomestic() ? "debtor in the home country" : "debtor abroad") + ")."));
        warnings.forEach(w -> explanation.add(new ExplanationLine("doorPolicy", w.text())));
        if (refused) {
            explanation.add(new ExplanationLine("doorPolicy", "This agency does not accept claims that are not cost-effective."));
        }
        return new Quote(terms, schedule.registrationFee(), days, warnings, refused, explanation);
    }

    // door policy: below the minimum principal or an invoice older than the maximum age is not cost-effective
    private static List<QuoteWarning> doorPolicyWarnings(DoorPolicy policy, QuoteRequest request) {
        List<QuoteWarning> warnings = new ArrayList<>();
        if (request.principal().isLessThan(policy.minimumPrincipal())) {
            warnings.add(new QuoteWarning(WarningCode.PRINCIPAL_BELOW_MINIMUM, "Principal " + request.principal()
                    + " is below " + policy.minimumPrincipal() + ": collection is not cost-effective."));
        }
        if (request.oldestDueDate().plusMonths(policy.maximumAgeMonths()).isBefore(request.submissionDate())) {
            warnings.add(new QuoteWarning(WarningCode.INVOICE_TOO_OLD, "The oldest invoice (due "
                    + request.oldestDueDate() + ") is older than " + policy.maximumAgeMonths()
                    + " months: collection is not cost-effective."));
        }
        return warnings;
    }
}
