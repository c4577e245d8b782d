package org.incasso.financials.domain;

import java.time.LocalDate;
import java.util.List;
import org.incasso.fees.domain.CommissionTerms;
import org.incasso.fees.domain.FeeScheduleFixtures;
import org.incasso.interest.domain.InterestRateTables;
import org.incasso.money.Money;

/** Claims for ledger tests: submitted 2024-02-15 under the default Dutch schedule. */
final class LedgerFixtures {

    static final LocalDate SUBMITTED = LocalDate.parse("2024-02-15");

    private LedgerFixtures() {
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Invoice invoice(String number, String amount, String dueDate) {
        return new Invoice(number, eur(amount), LocalDate.parse(dueDate));
    }

    static Payment payment(String date, String amount, PaymentSource source) {
        return Payment.received("P-" + date, LocalDate.parse(date), eur(amount), source);
    }

    /** A claim against a debtor in {@code country} with the given invoices and the default costs regime. */
    static ClaimLedger claim(String country, boolean creditorCanDeductVat, Invoice... invoices) {
        Money principal = List.of(invoices).stream().map(Invoice::amount).reduce(eur("0"), Money::plus);
        LocalDate oldestDue = List.of(invoices).stream().map(Invoice::dueDate).min(LocalDate::compareTo).orElseThrow();
        CommissionTerms terms = FeeScheduleFixtures.dutchDefaults().termsFor(country, principal, oldestDue, SUBMITTED);
        CollectionCosts costs = new CollectionCostsCalculator(CollectionCostsRules.defaults())
                .calculate(principal, CostsRegime.defaultFor(terms.region()), creditorCanDeductVat);
        return new ClaimLedger(terms, SUBMITTED, List.of(invoices), costs,
                InterestRateTables.defaults().forCountry(country), List.of());
    }
}
