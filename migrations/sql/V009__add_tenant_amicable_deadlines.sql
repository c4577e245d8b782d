-- The length of the amicable phase is tenant configuration: by default 90 days for debtors in
-- the tenant's home country and 120 days for debtors abroad.
alter table tenant
    add column amicable_days_domestic integer not null default 90 check (amicable_days_domestic between 1 and 3650),
    add column amicable_days_abroad   integer not null default 120 check (amicable_days_abroad between 1 and 3650);
