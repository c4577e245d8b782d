package org.incasso.interest.persistence;

import static org.incasso.persistence.db.Tables.INTEREST_RATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.incasso.interest.StoredInterestRate;
import org.incasso.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The current tenant's interest rate rows (insert-only). */
@Repository
public class InterestRateRepository {

    private final DSLContext dsl;

    InterestRateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<StoredInterestRate> all() {
        return dsl.selectFrom(INTEREST_RATE)
                .where(INTEREST_RATE.TENANT_ID.eq(TenantContext.require()))
                .orderBy(INTEREST_RATE.COUNTRY, INTEREST_RATE.VALID_FROM)
                .fetch(r -> new StoredInterestRate(r.getCountry(), r.getValidFrom(), plain(r.getRate()), r.getCreatedBy()));
    }

    // numeric(7,4) reads back as 10.1500: shown as entered in the brief, at least two decimals (10.15)
    private static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    public boolean exists(String table, LocalDate validFrom) {
        return dsl.fetchExists(INTEREST_RATE, INTEREST_RATE.TENANT_ID.eq(TenantContext.require()),
                INTEREST_RATE.COUNTRY.eq(table), INTEREST_RATE.VALID_FROM.eq(validFrom));
    }

    /** Inserts the rows; rows that exist already (same table and date) are left as they are. */
    public void insertMissing(List<StoredInterestRate> rates) {
        UUID tenant = TenantContext.require();
        var insert = dsl.insertInto(INTEREST_RATE, INTEREST_RATE.TENANT_ID, INTEREST_RATE.COUNTRY,
                INTEREST_RATE.VALID_FROM, INTEREST_RATE.RATE, INTEREST_RATE.CREATED_BY);
        for (StoredInterestRate rate : rates) {
            insert = insert.values(tenant, rate.table(), rate.validFrom(), rate.percent(), rate.createdBy());
        }
        insert.onConflictDoNothing().execute();
    }

    public void insert(StoredInterestRate rate) {
        dsl.insertInto(INTEREST_RATE)
                .set(INTEREST_RATE.TENANT_ID, TenantContext.require())
                .set(INTEREST_RATE.COUNTRY, rate.table())
                .set(INTEREST_RATE.VALID_FROM, rate.validFrom())
                .set(INTEREST_RATE.RATE, rate.percent())
                .set(INTEREST_RATE.CREATED_BY, rate.createdBy())
                .execute();
    }
}
