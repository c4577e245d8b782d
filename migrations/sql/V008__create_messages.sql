-- The message thread on a claim between the creditor and the agency (the specialist). Messages
-- are never edited or deleted; who read which message is a row per reader.
create table claim_message (
    tenant_id   uuid        not null references tenant (id),
    id          uuid        not null,
    claim_id    uuid        not null,
    author_id   text        not null,
    author_name text        not null,
    author_side text        not null check (author_side in ('CREDITOR', 'AGENCY')),
    text        text        not null check (length(text) between 1 and 10000),
    sent_at     timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, claim_id) references claim (tenant_id, id)
) partition by hash (tenant_id);

comment on table claim_message is 'A message between the creditor and the agency on a claim; never shown to partners.';

select create_tenant_partitions('claim_message', 16);
select enable_tenant_isolation('claim_message');

create index claim_message_claim_idx on claim_message (tenant_id, claim_id, sent_at, id);

grant select, insert on claim_message to ${app_role};

-- Read receipts: one row per message and reader (Keycloak user id). The primary key serves the
-- "unread for me" anti-join; marking a message read twice keeps the first time.
create table claim_message_read (
    tenant_id   uuid        not null references tenant (id),
    message_id  uuid        not null,
    user_id     text        not null,
    reader_name text        not null,
    read_at     timestamptz not null default now(),
    primary key (tenant_id, message_id, user_id),
    foreign key (tenant_id, message_id) references claim_message (tenant_id, id)
) partition by hash (tenant_id);

comment on table claim_message_read is 'Who read which claim message, and when.';

select create_tenant_partitions('claim_message_read', 16);
select enable_tenant_isolation('claim_message_read');

grant select, insert on claim_message_read to ${app_role};
