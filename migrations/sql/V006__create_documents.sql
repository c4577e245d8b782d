-- Documents of a claim (invoices, correspondence, contracts, dispute evidence), content included.
-- Immutable once stored: the application may add and read documents, never change or remove one.
-- The content is kept in the row (TOAST stores it out of line); lists select the metadata only.

create table document (
    tenant_id   uuid        not null references tenant (id),
    id          uuid        not null,
    claim_id    uuid        not null,
    type        text        not null check (type in ('INVOICE', 'CORRESPONDENCE', 'CONTRACT', 'DISPUTE', 'OTHER')),
    file_name   text        not null check (length(file_name) between 1 and 255),
    media_type  text        not null check (length(media_type) between 3 and 255),
    size_bytes  bigint      not null check (size_bytes > 0),
    sha256      char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content     bytea       not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, claim_id) references claim (tenant_id, id),
    check (octet_length(content) = size_bytes)
) partition by hash (tenant_id);

comment on table document is 'A file of a claim (invoice, correspondence, contract, dispute evidence); media type detected from the content.';

select create_tenant_partitions('document', 16);
select enable_tenant_isolation('document');

create index document_claim_idx on document (tenant_id, claim_id, uploaded_at);

grant select, insert on document to ${app_role};
