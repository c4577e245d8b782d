package org.incasso.creditors;

import org.incasso.common.BankAccount;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.incasso.common.CompanyDetails;
import org.jspecify.annotations.Nullable;

/**
 * A client of the agency that hands over unpaid invoices (opdrachtgever).
 *
 * @param vatDeductible whether the creditor deducts VAT; if not, VAT is added to collection costs
 * @param version optimistic-lock version, raised by every update
 */
public record Creditor(UUID id, CompanyDetails company, @Nullable BankAccount bankAccount, boolean vatDeductible,
        int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
