-- E-mail notifications (outbox). A creditor-visible case event writes an outbox row in the same
-- transaction; a background worker turns it into one notification per recipient and sends them
-- over SMTP with retries. Row locks (for update skip locked) keep two instances from sending the
-- same notification.

create table notification_outbox (
    tenant_id    uuid        not null references tenant (id),
    event_id     bigint      not null,
    claim_id     uuid        not null,
    created_at      timestamptz not null default now(),
    processed_at    timestamptz,
    -- an entry whose recipients cannot be resolved (identity provider unavailable) is retried
    -- later without holding up the entries behind it
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    primary key (tenant_id, event_id),
    foreign key (tenant_id, event_id) references case_event (tenant_id, id)
);

create index notification_outbox_pending_idx on notification_outbox (tenant_id, next_attempt_at) where processed_at is null;

select enable_tenant_isolation('notification_outbox');
grant select, insert, update on notification_outbox to ${app_role};

create table notification (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null,
    event_id        bigint      not null,
    claim_id        uuid        not null,
    recipient_id    text        not null,
    recipient_email text        not null,
    locale          text        not null,
    subject         text        not null,
    body            text        not null,
    delivery        text        not null check (delivery in ('IMMEDIATE', 'DAILY_DIGEST')),
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, event_id, recipient_id)
) partition by hash (tenant_id);

select create_tenant_partitions('notification', 16);
select enable_tenant_isolation('notification');

create index notification_due_idx on notification (tenant_id, status, delivery, next_attempt_at);

grant select, insert, update on notification to ${app_role};

create table notification_preference (
    tenant_id  uuid        not null references tenant (id),
    user_id    text        not null,
    delivery   text        not null check (delivery in ('IMMEDIATE', 'DAILY_DIGEST')),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, user_id)
);

select enable_tenant_isolation('notification_preference');
grant select, insert, update on notification_preference to ${app_role};
