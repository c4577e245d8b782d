-- Payments on claims: by the debtor to the agency (AGENCY) or reported by the creditor as received
-- directly (DIRECT_TO_CREDITOR; commission-liable as well). Append-only for the application role:
-- a wrong payment is corrected by a new entry, never by rewriting history.
--
-- Idempotency: every registration carries a client-chosen key, unique per tenant. The insert uses
-- `on conflict do nothing` and re-reads by key, so a retried or concurrently repeated request
-- stores exactly one payment and answers with it.
create table payment (
    tenant_id       uuid           not null references tenant (id),
    id              uuid           not null,
    claim_id        uuid           not null,
    source          text           not null check (source in ('AGENCY', 'DIRECT_TO_CREDITOR')),
    amount          numeric(19, 2) not null check (amount > 0),
    currency        char(3)        not null check (currency ~ '^[A-Z]{3}$'),
    received_on     date           not null,
    idempotency_key text           not null check (length(idempotency_key) between 1 and 100),
    -- the part of the amount above the outstanding total, accepted only when explicitly confirmed
    overpayment     numeric(19, 2) not null default 0 check (overpayment >= 0 and overpayment <= amount),
    registered_by   text           not null,
    registered_at   timestamptz    not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, idempotency_key),
    foreign key (tenant_id, claim_id) references claim (tenant_id, id)
) partition by hash (tenant_id);

comment on table payment is 'A payment on a claim (AGENCY: received by the agency; DIRECT_TO_CREDITOR: reported by the creditor).';

select create_tenant_partitions('payment', 16);
select enable_tenant_isolation('payment');

create index payment_claim_idx on payment (tenant_id, claim_id, received_on, registered_at);

grant select, insert on payment to ${app_role};
