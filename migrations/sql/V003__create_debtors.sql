-- Debtors (debiteuren): the companies that owe the creditors money.

create table debtor (
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
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             integer     not null default 0,
    primary key (tenant_id, id)
) partition by hash (tenant_id);

comment on table debtor is 'A company that owes a creditor money (debiteur).';

select create_tenant_partitions('debtor', 16);
select enable_tenant_isolation('debtor');

create index debtor_name_idx on debtor (tenant_id, lower(name), id);
create index debtor_country_idx on debtor (tenant_id, country, lower(name));

grant select, insert, update on debtor to ${app_role};
