package org.incasso.interest.graphql;

import java.time.LocalDate;
import java.util.List;
import org.incasso.common.FieldViolation;
import org.incasso.common.MoneyViolations;
import org.incasso.common.graphql.Payloads;
import org.incasso.interest.InterestRateService;
import org.incasso.interest.InterestRateTableView;
import org.incasso.money.DomainValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The interest rate tables: read by any logged-in user, extended by administrators. */
@Controller
class InterestRateController {

    record InterestRateNode(LocalDate validFrom, String percent) {
    }

    record AddInterestRateInput(String country, LocalDate validFrom, String percent) {
    }

    record InterestRateTablePayload(@Nullable InterestRateTableView table, List<FieldViolation> errors) {
    }

    private final InterestRateService rates;

    InterestRateController(InterestRateService rates) {
        this.rates = rates;
    }

    @QueryMapping
    InterestRateTableView interestRates(@Argument String country) {
        return rates.table(country);
    }

    @MutationMapping
    InterestRateTablePayload addInterestRate(@Argument AddInterestRateInput input) {
        return Payloads.attempt(() -> rates.add(input.country(), input.validFrom(), input.percent()),
                InterestRateTablePayload::new);
    }

    @SchemaMapping(typeName = "InterestRateTable")
    String name(InterestRateTableView view) {
        return view.table().name();
    }

    @SchemaMapping(typeName = "InterestRateTable")
    List<InterestRateNode> rates(InterestRateTableView view) {
        return view.table().rates().stream()
                .map(r -> new InterestRateNode(r.validFrom(), r.percent().toPlainString())).toList();
    }

    @SchemaMapping(typeName = "InterestRateTable")
    String percentOn(InterestRateTableView view, @Argument LocalDate date) {
        try {
            return view.table().percentOn(date).toPlainString();
        } catch (DomainValidationException e) {
            throw MoneyViolations.toValidation(e, "", java.util.Map.of("dueDate", "date"));
        }
    }
}
