package org.incasso.debtors;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.incasso.common.CompanyDetails;

/**
 * A company that owes a creditor money (debiteur).
 *
 * @param version optimistic-lock version, raised by every update
 */
public record Debtor(UUID id, CompanyDetails company, int version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
