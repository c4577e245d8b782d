package org.incasso.claims;

import org.incasso.common.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits a claim together with an optional first message to the specialist, in one
 * transaction: a refused message leaves no claim behind, and the other way round.
 */
@Service
public class ClaimSubmissions {

    private final ClaimService claims;
    private final ClaimMessages messages;

    ClaimSubmissions(ClaimService claims, ClaimMessages messages) {
        this.claims = claims;
        this.messages = messages;
    }

    /**
     * The checks of a new claim that need no database: the inline debtor and the invoices (each
     * one, one currency, no number twice). Adds violations under {@code debtor.} and {@code invoices[i].};
     * a later {@link #submit} may still refuse an invoice number handed over before.
     */
    public void check(ClaimSubmission submission, Violations violations) {
        if (submission.debtor() != null) {
            Violations debtor = new Violations();
            submission.debtor().normalized().validate(debtor);
            debtor.list().forEach(v -> violations.add("debtor." + v.field(), v.code(), v.message()));
        }
        ClaimIntake.checkInvoices(submission.invoices() == null ? java.util.List.of() : submission.invoices(), violations);
    }

    @Transactional
    public Claim submit(ClaimSubmission submission, @Nullable String firstMessage) {
        if (firstMessage != null) {
            new Violations().optionalText("message", firstMessage, ClaimMessage.MAX_TEXT).throwIfAny();
        }
        Claim claim = claims.submit(submission);
        if (firstMessage != null && !firstMessage.isBlank()) {
            messages.send(claim.id(), firstMessage);
        }
        return claim;
    }
}
