package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incasso.claims.ClaimFixtures.claimIn;
import static org.incasso.claims.ClaimFixtures.perform;
import static org.incasso.claims.ClaimPhase.AMICABLE;
import static org.incasso.claims.ClaimPhase.AWAITING_APPROVAL;
import static org.incasso.claims.ClaimPhase.CLOSED;
import static org.incasso.claims.ClaimPhase.LEGAL;
import static org.incasso.claims.ClaimPhase.LEGAL_ADVICE;
import static org.incasso.claims.ClaimPhase.PAYMENT_PLAN;
import static org.incasso.claims.ClaimPhase.SUBMITTED;
import static org.incasso.claims.CloseReason.PAID;
import static org.incasso.claims.CloseReason.REJECTED;
import static org.incasso.claims.CloseReason.WITHDRAWN;
import static org.incasso.claims.Transition.ADVISE_LEGAL;
import static org.incasso.claims.Transition.AGREE_PAYMENT_PLAN;
import static org.incasso.claims.Transition.APPROVE_LEGAL;
import static org.incasso.claims.Transition.CLOSE;
import static org.incasso.claims.Transition.END_PAYMENT_PLAN;
import static org.incasso.claims.Transition.PROPOSE_LEGAL;
import static org.incasso.claims.Transition.REFUSE_LEGAL;
import static org.incasso.claims.Transition.REJECT;
import static org.incasso.claims.Transition.START_AMICABLE;
import static org.incasso.claims.Transition.WITHDRAW;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incasso.claims.ClaimRuleViolation.Code;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (phase × transition) pair, written out by hand from PRODUCT.md "The claim lifecycle" and
 * the transition list in the brief, never derived from {@link Transition}'s own sources. CLOSE
 * is performed as PAID; AWAITING_APPROVAL has its cost advance invoiced.
 */
class ClaimTransitionTableTest {

    record Row(ClaimPhase from, Transition transition, @Nullable ClaimPhase to, @Nullable CloseReason reason) {
        @Override
        public String toString() {
            return from + " --" + transition + "--> " + (to == null ? "ILLEGAL" : to + (reason == null ? "" : "/" + reason));
        }
    }

    static List<Row> table() {
        return List.of(
                // SUBMITTED: accept, reject or withdraw
                to(SUBMITTED, START_AMICABLE, AMICABLE), closed(SUBMITTED, REJECT, REJECTED),
                no(SUBMITTED, AGREE_PAYMENT_PLAN), no(SUBMITTED, END_PAYMENT_PLAN), no(SUBMITTED, ADVISE_LEGAL),
                no(SUBMITTED, PROPOSE_LEGAL), no(SUBMITTED, APPROVE_LEGAL), no(SUBMITTED, REFUSE_LEGAL),
                no(SUBMITTED, CLOSE), closed(SUBMITTED, WITHDRAW, WITHDRAWN),
                // AMICABLE: payment plan, legal advice, close, withdraw
                no(AMICABLE, START_AMICABLE), no(AMICABLE, REJECT), to(AMICABLE, AGREE_PAYMENT_PLAN, PAYMENT_PLAN),
                no(AMICABLE, END_PAYMENT_PLAN), to(AMICABLE, ADVISE_LEGAL, LEGAL_ADVICE), no(AMICABLE, PROPOSE_LEGAL),
                no(AMICABLE, APPROVE_LEGAL), no(AMICABLE, REFUSE_LEGAL), closed(AMICABLE, CLOSE, PAID),
                closed(AMICABLE, WITHDRAW, WITHDRAWN),
                // PAYMENT_PLAN ↔ AMICABLE; legal advice, close, withdraw
                no(PAYMENT_PLAN, START_AMICABLE), no(PAYMENT_PLAN, REJECT), no(PAYMENT_PLAN, AGREE_PAYMENT_PLAN),
                to(PAYMENT_PLAN, END_PAYMENT_PLAN, AMICABLE), to(PAYMENT_PLAN, ADVISE_LEGAL, LEGAL_ADVICE),
                no(PAYMENT_PLAN, PROPOSE_LEGAL), no(PAYMENT_PLAN, APPROVE_LEGAL), no(PAYMENT_PLAN, REFUSE_LEGAL),
                closed(PAYMENT_PLAN, CLOSE, PAID), closed(PAYMENT_PLAN, WITHDRAW, WITHDRAWN),
                // LEGAL_ADVICE: propose legal, close, withdraw
                no(LEGAL_ADVICE, START_AMICABLE), no(LEGAL_ADVICE, REJECT), no(LEGAL_ADVICE, AGREE_PAYMENT_PLAN),
                no(LEGAL_ADVICE, END_PAYMENT_PLAN), no(LEGAL_ADVICE, ADVISE_LEGAL),
                to(LEGAL_ADVICE, PROPOSE_LEGAL, AWAITING_APPROVAL), no(LEGAL_ADVICE, APPROVE_LEGAL),
                no(LEGAL_ADVICE, REFUSE_LEGAL), closed(LEGAL_ADVICE, CLOSE, PAID),
                closed(LEGAL_ADVICE, WITHDRAW, WITHDRAWN),
                // AWAITING_APPROVAL: the creditor approves or refuses in writing; close, withdraw
                no(AWAITING_APPROVAL, START_AMICABLE), no(AWAITING_APPROVAL, REJECT),
                no(AWAITING_APPROVAL, AGREE_PAYMENT_PLAN), no(AWAITING_APPROVAL, END_PAYMENT_PLAN),
                no(AWAITING_APPROVAL, ADVISE_LEGAL), no(AWAITING_APPROVAL, PROPOSE_LEGAL),
                to(AWAITING_APPROVAL, APPROVE_LEGAL, LEGAL), to(AWAITING_APPROVAL, REFUSE_LEGAL, LEGAL_ADVICE),
                closed(AWAITING_APPROVAL, CLOSE, PAID), closed(AWAITING_APPROVAL, WITHDRAW, WITHDRAWN),
                // LEGAL: only close; no withdrawal once the legal phase runs
                no(LEGAL, START_AMICABLE), no(LEGAL, REJECT), no(LEGAL, AGREE_PAYMENT_PLAN),
                no(LEGAL, END_PAYMENT_PLAN), no(LEGAL, ADVISE_LEGAL), no(LEGAL, PROPOSE_LEGAL),
                no(LEGAL, APPROVE_LEGAL), no(LEGAL, REFUSE_LEGAL), closed(LEGAL, CLOSE, PAID), no(LEGAL, WITHDRAW),
                // CLOSED: nothing leaves it
                no(CLOSED, START_AMICABLE), no(CLOSED, REJECT), no(CLOSED, AGREE_PAYMENT_PLAN),
                no(CLOSED, END_PAYMENT_PLAN), no(CLOSED, ADVISE_LEGAL), no(CLOSED, PROPOSE_LEGAL),
                no(CLOSED, APPROVE_LEGAL), no(CLOSED, REFUSE_LEGAL), no(CLOSED, CLOSE), no(CLOSED, WITHDRAW));
    }

    @Test
    void tableCoversEveryPhaseAndTransitionExactlyOnce() {
        var pairs = table().stream().map(row -> row.from() + "/" + row.transition()).collect(Collectors.toSet());
        var expected = Arrays.stream(ClaimPhase.values())
                .flatMap(phase -> Arrays.stream(Transition.values()).map(t -> phase + "/" + t))
                .collect(Collectors.toSet());
        assertThat(table()).hasSize(ClaimPhase.values().length * Transition.values().length);
        assertThat(pairs).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedRows")
    void allowedTransitionLeadsToTargetPhase(Row row) {
        ClaimState before = claimIn(row.from());

        ClaimState after = perform(before, row.transition());

        assertThat(before.allowedTransitions()).contains(row.transition());
        assertThat(after.phase()).isEqualTo(row.to());
        assertThat(after.closeReason()).isEqualTo(row.reason());
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenRows")
    void forbiddenTransitionIsIllegalAndNamesThePhase(Row row) {
        ClaimState before = claimIn(row.from());

        assertThat(before.allowedTransitions()).doesNotContain(row.transition());
        assertThatThrownBy(() -> perform(before, row.transition()))
                .isInstanceOfSatisfying(ClaimRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(Code.ILLEGAL_TRANSITION);
                    assertThat(violation.phase()).isEqualTo(row.from());
                    assertThat(violation.transition()).isEqualTo(row.transition());
                    assertThat(violation.field()).isEqualTo("transition");
                    assertThat(violation).hasMessageContaining(row.from().name());
                });
    }

    static Stream<Row> allowedRows() {
        return table().stream().filter(row -> row.to() != null);
    }

    static Stream<Row> forbiddenRows() {
        return table().stream().filter(row -> row.to() == null);
    }

    private static Row to(ClaimPhase from, Transition transition, ClaimPhase to) {
        return new Row(from, transition, to, null);
    }

    private static Row closed(ClaimPhase from, Transition transition, CloseReason reason) {
        return new Row(from, transition, CLOSED, reason);
    }

    private static Row no(ClaimPhase from, Transition transition) {
        return new Row(from, transition, null, null);
    }
}
