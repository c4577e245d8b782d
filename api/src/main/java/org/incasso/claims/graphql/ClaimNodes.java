package org.incasso.claims.graphql;

import java.math.BigDecimal;
import java.util.Currency;
import org.incasso.claims.ClaimInvoice;
import org.incasso.events.CaseEvent;
import org.incasso.common.FieldViolation;

/** Output shapes of the claim schema that differ from the domain records. */
final class ClaimNodes {

    private ClaimNodes() {
    }

    /** The schema's Money: the amount as an exact decimal string with the currency's decimals. */
    record Money(String amount, String currency) {

        static Money of(BigDecimal amount, String currency) {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return new Money(amount.setScale(digits, java.math.RoundingMode.UNNECESSARY).toPlainString(), currency);
        }
    }

    record InvoiceNode(String id, String number, java.time.LocalDate invoiceDate, java.time.LocalDate dueDate,
            Money amount, String description) {

        static InvoiceNode of(ClaimInvoice invoice) {
            return new InvoiceNode(invoice.id().toString(), invoice.number(), invoice.invoiceDate(), invoice.dueDate(),
                    Money.of(invoice.amount(), invoice.currency()), invoice.description());
        }
    }

    record CaseEventNode(String id, String claimId, String type, String actor, java.time.OffsetDateTime occurredAt,
            String visibility, String payload) {

        static CaseEventNode of(CaseEvent event) {
            return new CaseEventNode(Long.toString(event.id()), event.claimId().toString(), event.type(), event.actor(),
                    event.occurredAt(), event.visibility().name(), event.payload());
        }
    }

    /** The creditor's written approval of the legal phase: who, when and the exact text shown. */
    record LegalApprovalNode(String approvedBy, java.time.OffsetDateTime approvedAt, String text) {
    }

    record ClaimPayload(org.incasso.claims.@org.jspecify.annotations.Nullable Claim claim,
            java.util.List<FieldViolation> errors) {
    }
}
