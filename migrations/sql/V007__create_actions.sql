-- Collection actions on a claim: letters, e-mails, calls, visits, notes, legal steps, recorded by
-- staff or by the assigned partner. Append-only (a correction is a new action), so the
-- application role may only read and insert.
--
-- type, channel and outcome are checked for form only: their values are the Java enums, which
-- grow without a migration; visibility is a closed set because the access rules depend on it.
create table claim_action (
    tenant_id         uuid        not null references tenant (id),
    id                uuid        not null,
    claim_id          uuid        not null,
    type              text        not null check (type ~ '^[A-Z][A-Z_]{1,31}$'),
    channel           text        check (channel ~ '^[A-Z][A-Z_]{1,31}$'),
    outcome           text        check (outcome ~ '^[A-Z][A-Z_]{1,31}$'),
    notes             text        check (length(notes) between 1 and 4000),
    visibility        text        not null check (visibility in ('INTERNAL', 'CREDITOR', 'PARTNER')),
    performed_by      text        not null,
    performed_by_name text        not null,
    performed_at      timestamptz not null,
    next_follow_up    date,
    recorded_at       timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, claim_id) references claim (tenant_id, id)
) partition by hash (tenant_id);

comment on table claim_action is 'A collection action on a claim; visibility: INTERNAL (staff), CREDITOR (staff and creditor), PARTNER (staff and assigned partner).';

select create_tenant_partitions('claim_action', 16);
select enable_tenant_isolation('claim_action');

create index claim_action_claim_idx on claim_action (tenant_id, claim_id, performed_at, recorded_at, id);
-- the follow-up work list of a tenant (open follow-ups by date)
create index claim_action_follow_up_idx on claim_action (tenant_id, next_follow_up) where next_follow_up is not null;

grant select, insert on claim_action to ${app_role};
