-- Statutory interest rates as tenant data. Per table: an ISO 3166 country code (the debtor's
-- country, e.g. NL for art. 6:119a BW) or 'ECB' for the ECB main refinancing rate, from which
-- every country without its own rows is computed (+ 8 points, directive 2011/7/EU). A tenant
-- without any rows works with the seed rates of the product brief; the first rate an
-- administrator adds stores the seed rows first. Rows are never changed (claims were computed
-- with them): a correction is a new row from a later date.
create table interest_rate (
    tenant_id  uuid          not null references tenant (id),
    country    text          not null check (country ~ '^[A-Z]{2}$' or country = 'ECB'),
    valid_from date          not null,
    rate       numeric(7, 4) not null check (rate between 0 and 100),
    created_by text          not null,
    created_at timestamptz   not null default now(),
    primary key (tenant_id, country, valid_from)
);

comment on table interest_rate is 'Yearly interest rate in per cent per country table (or ECB), in force from valid_from.';

select enable_tenant_isolation('interest_rate');

grant select, insert on interest_rate to ${app_role};
