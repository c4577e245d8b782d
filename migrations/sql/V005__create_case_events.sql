-- Case events: the append-only history of every claim, written in the same transaction as the
-- change. They drive the GraphQL subscriptions, the creditor e-mails and the audit trail.

-- Event ids are monotonic per tenant in commit order: the counter row stays locked until the
-- writing transaction commits, so an event with a higher id can never become visible before
-- one with a lower id. Subscribers can therefore resume "after id N" without gaps.
create table tenant_event_counter (
    tenant_id uuid   not null references tenant (id),
    last_id   bigint not null check (last_id >= 0),
    primary key (tenant_id)
);

select enable_tenant_isolation('tenant_event_counter');
grant select, insert, update on tenant_event_counter to ${app_role};

create table case_event (
    tenant_id   uuid        not null references tenant (id),
    id          bigint      not null,
    claim_id    uuid        not null,
    type        text        not null check (type ~ '^[A-Z][A-Z_]{1,63}$'),
    actor       text        not null,
    occurred_at timestamptz not null default now(),
    visibility  text        not null check (visibility in ('INTERNAL', 'CREDITOR', 'PARTNER', 'SHARED')),
    payload     jsonb       not null default '{}' check (jsonb_typeof(payload) = 'object'),
    primary key (tenant_id, id),
    foreign key (tenant_id, claim_id) references claim (tenant_id, id)
) partition by hash (tenant_id);

comment on table case_event is 'Append-only history of claims; visibility: INTERNAL (staff), CREDITOR, PARTNER, SHARED (creditor and partner).';

select create_tenant_partitions('case_event', 16);
select enable_tenant_isolation('case_event');

create index case_event_claim_idx on case_event (tenant_id, claim_id, id);

create function forbid_case_event_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'case_event is append-only';
end
$$;

create trigger case_event_append_only
    before update or delete on case_event
    for each row execute function forbid_case_event_change();

-- Every instance LISTENs on this channel; the notification (sent at commit, never for a
-- rolled-back transaction) carries only tenant and event id, never the payload.
create function notify_case_event() returns trigger
    language plpgsql
as $$
begin
    perform pg_notify('case_events', new.tenant_id || ':' || new.id);
    return null;
end
$$;

create trigger case_event_notify
    after insert on case_event
    for each row execute function notify_case_event();

grant select, insert on case_event to ${app_role};
