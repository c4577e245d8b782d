-- Creditors (opdrachtgevers): the agency's clients who hand over unpaid invoices.

create table creditor (
    tenant_id           uuid        not null references tenant (id),
    id                  uuid        not null,
    name                text        not null check (length(name) between 1 and 200),
    registration_number text        check (length(registration_number) <= 50),
    vat_number          text        check (length(vat_number) <= 50),
    street              text        check (length(street) <= 200),
    postal_code         text        check (length(postal_code) <= 20),
    city                text        check (length(city) <= 100),
    country             char(2)     not null check (country ~ '^[A-Z]{2}$'),
    contacts            jsonb       not null default '[]' check (jsonb_typeof(contacts) = 'array'),
    iban                text        check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$'),
    bic                 text        check (bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
    account_holder      text        check (length(account_holder) <= 200),
    vat_deductible      boolean     not null default true,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             integer     not null default 0,
    primary key (tenant_id, id)
) partition by hash (tenant_id);

comment on table creditor is 'A client company of the agency that hands over unpaid invoices (opdrachtgever).';

select create_tenant_partitions('creditor', 16);
select enable_tenant_isolation('creditor');

create index creditor_name_idx on creditor (tenant_id, lower(name), id);
create index creditor_country_idx on creditor (tenant_id, country, lower(name));

grant select, insert, update on creditor to ${app_role};
