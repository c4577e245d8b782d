-- Claims (vorderingen / incassozaken) and their invoices. A claim is one case against one debtor
-- for one creditor; its phase changes only through the guarded transitions of the domain.

-- Gap-free claim references per tenant and year (2026-000123): the counter row is locked by the
-- submitting transaction until it commits, so concurrent submissions queue and a rolled-back
-- submission leaves no gap.
create table claim_reference_counter (
    tenant_id   uuid    not null references tenant (id),
    year        integer not null check (year between 2000 and 9999),
    last_number integer not null check (last_number >= 0),
    primary key (tenant_id, year)
);

select enable_tenant_isolation('claim_reference_counter');
grant select, insert, update on claim_reference_counter to ${app_role};

create table claim (
    tenant_id             uuid        not null references tenant (id),
    id                    uuid        not null,
    reference             text        not null check (reference ~ '^[0-9]{4}-[0-9]{6}$'),
    creditor_id           uuid        not null,
    debtor_id             uuid        not null,
    phase                 text        not null check (phase in ('SUBMITTED', 'AMICABLE', 'PAYMENT_PLAN',
                                          'LEGAL_ADVICE', 'AWAITING_APPROVAL', 'LEGAL', 'CLOSED')),
    close_reason          text        check (close_reason in ('PAID', 'PARTIALLY_PAID', 'UNCOLLECTABLE',
                                          'WITHDRAWN', 'REJECTED')),
    disputed              boolean     not null default false,
    dispute_reason        text        check (length(dispute_reason) <= 2000),
    specialist_id         text,
    partner_id            uuid,
    currency              char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    amicable_deadline     date,
    legal_approval        jsonb,
    cost_advance_invoiced boolean     not null default false,
    submitted_by          text        not null,
    submitted_at          timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, reference),
    foreign key (tenant_id, creditor_id) references creditor (tenant_id, id),
    foreign key (tenant_id, debtor_id) references debtor (tenant_id, id),
    check ((phase = 'CLOSED') = (close_reason is not null)),
    check (disputed or dispute_reason is null)
) partition by hash (tenant_id);

comment on table claim is 'A case against one debtor for one creditor (vordering / incassozaak).';

select create_tenant_partitions('claim', 16);
select enable_tenant_isolation('claim');

create index claim_creditor_idx on claim (tenant_id, creditor_id, submitted_at desc);
create index claim_debtor_idx on claim (tenant_id, debtor_id);
create index claim_phase_idx on claim (tenant_id, phase, submitted_at desc);
create index claim_specialist_idx on claim (tenant_id, specialist_id);
create index claim_partner_idx on claim (tenant_id, partner_id);
create index claim_submitted_idx on claim (tenant_id, submitted_at desc, id);

grant select, insert, update on claim to ${app_role};

-- Invoices of a claim. The same invoice number twice for one creditor and debtor is refused,
-- so creditor and debtor are repeated here for the unique key.
create table invoice (
    tenant_id    uuid          not null references tenant (id),
    id           uuid          not null,
    claim_id     uuid          not null,
    creditor_id  uuid          not null,
    debtor_id    uuid          not null,
    number       text          not null check (length(number) between 1 and 50),
    invoice_date date          not null,
    due_date     date          not null,
    amount       numeric(19, 2) not null check (amount > 0),
    currency     char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    description  text          check (length(description) <= 500),
    created_at   timestamptz   not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, creditor_id, debtor_id, number),
    foreign key (tenant_id, claim_id) references claim (tenant_id, id),
    check (due_date >= invoice_date)
) partition by hash (tenant_id);

comment on table invoice is 'An unpaid invoice handed over with a claim.';

select create_tenant_partitions('invoice', 16);
select enable_tenant_isolation('invoice');

create index invoice_claim_idx on invoice (tenant_id, claim_id, due_date);

grant select, insert on invoice to ${app_role};
