package org.incasso.claims;

import java.time.Instant;

/**
 * The creditor's written decision on a proposed legal phase: who, when and the exact text shown
 * (PRODUCT.md: "Legal phase starts only after the creditor's written approval (who, when, what
 * text)"). The same shape records a written refusal. A blank text or user is not a written
 * decision, so it cannot be constructed.
 *
 * @param approvedBy the id of the user who decided
 * @param approvedAt when the user decided
 * @param text the exact text the user was shown and agreed to
 */
public record LegalApproval(String approvedBy, Instant approvedAt, String text) {

    public LegalApproval {
        if (approvedBy.isBlank()) {
            throw ClaimRuleViolation.legalApprovalRequired("approval.approvedBy");
        }
        if (text.isBlank()) {
            throw ClaimRuleViolation.legalApprovalRequired("approval.text");
        }
    }
}
