package org.incasso.fees.graphql;

import java.time.LocalDate;
import java.util.List;
import org.incasso.common.graphql.Payloads;
import org.incasso.fees.FeeScheduleChange;
import org.incasso.fees.FeeScheduleService;
import org.incasso.fees.QuoteOrigin;
import org.incasso.fees.QuoteService;
import org.incasso.fees.graphql.FeeScheduleInputs.QuoteInput;
import org.incasso.fees.graphql.FeeScheduleInputs.UpdateFeeScheduleInput;
import org.incasso.fees.graphql.FeeScheduleNodes.FeeScheduleNode;
import org.incasso.fees.graphql.FeeScheduleNodes.FeeSchedulePayload;
import org.incasso.fees.graphql.FeeScheduleNodes.QuoteNode;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The public quote and the fee schedule (read by staff, changed by administrators). */
@Controller
class FeeScheduleController {

    private final QuoteService quotes;
    private final FeeScheduleService schedules;

    FeeScheduleController(QuoteService quotes, FeeScheduleService schedules) {
        this.quotes = quotes;
        this.schedules = schedules;
    }

    @QueryMapping
    QuoteNode quote(@Argument QuoteInput input,
            @ContextValue(name = QuoteOriginInterceptor.ORIGIN, required = false) @Nullable QuoteOrigin origin) {
        return QuoteNode.of(quotes.quote(input.toQuery(), origin == null ? new QuoteOrigin(null, null) : origin));
    }

    @QueryMapping
    FeeScheduleNode feeSchedule(@Argument @Nullable LocalDate at) {
        return FeeScheduleNode.of(schedules.inForce(at));
    }

    @QueryMapping
    List<FeeScheduleNode> feeScheduleVersions() {
        return schedules.versions().stream().map(FeeScheduleNode::of).toList();
    }

    @QueryMapping
    List<FeeScheduleChange> feeScheduleChanges(@Argument int last) {
        return schedules.changes(last);
    }

    @MutationMapping
    FeeSchedulePayload updateFeeSchedule(@Argument UpdateFeeScheduleInput input) {
        return Payloads.attempt(() -> FeeScheduleNode.of(schedules.update(input.validFrom(), input.toDocument())),
                FeeSchedulePayload::new);
    }
}
