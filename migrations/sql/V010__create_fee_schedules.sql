-- Fee schedules per tenant, versioned by the date they come into force: a claim keeps the version
-- in force on its submission date, so a version is never changed or deleted once stored. A tenant
-- without a stored version works with the product defaults (valid from 2000-01-01) until its
-- administrator stores the first one. Small tables (a handful of rows per tenant): no partitions.
create table fee_schedule_version (
    tenant_id  uuid        not null references tenant (id),
    id         uuid        not null,
    valid_from date        not null,
    -- the editable parts of the schedule (bands, rates, surcharges, fees, door policy) as one
    -- document: always read and written whole, validated by the domain before it is stored
    schedule   jsonb       not null check (jsonb_typeof(schedule) = 'object'),
    created_by text        not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, valid_from)
);

comment on table fee_schedule_version is 'One version of a tenant''s fee schedule, in force from valid_from until the next.';

select enable_tenant_isolation('fee_schedule_version');

grant select, insert on fee_schedule_version to ${app_role};

-- Every change of a fee schedule: who, when, the version it supersedes (null: the defaults) and
-- the new one. Append-only for the application.
create table fee_schedule_audit (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null,
    version_id      uuid        not null,
    changed_by      text        not null,
    changed_by_name text        not null,
    changed_at      timestamptz not null default now(),
    old_schedule    jsonb,
    new_schedule    jsonb       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, version_id) references fee_schedule_version (tenant_id, id)
);

comment on table fee_schedule_audit is 'Audit trail of fee schedule changes (who, when, old, new).';

select enable_tenant_isolation('fee_schedule_audit');

create index fee_schedule_audit_changed_idx on fee_schedule_audit (tenant_id, changed_at desc);

grant select, insert on fee_schedule_audit to ${app_role};
