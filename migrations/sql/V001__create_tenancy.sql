-- Tenancy: one row per collection agency (or country office). Every tenant-owned table
-- carries tenant_id first in its primary key, unique keys, indexes and foreign keys, so the
-- schema can be distributed by tenant_id (Citus) without change.

create table tenant (
    id               uuid primary key,
    slug             text        not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name             text        not null check (length(name) between 1 and 200),
    home_country     char(2)     not null check (home_country ~ '^[A-Z]{2}$'),
    default_currency char(3)     not null check (default_currency ~ '^[A-Z]{3}$'),
    locale           text        not null default 'nl',
    host_names       text[]      not null default '{}',
    created_at       timestamptz not null default now()
);

comment on table tenant is 'A collection agency (or one country office of it); the unit of isolation.';

-- The tenant of the current transaction, set by the application with
-- set_config('incasso.tenant_id', ..., true). Null when unset: every policy then matches nothing.
create function current_tenant_id() returns uuid
    language sql stable parallel safe
as $$
    select nullif(current_setting('incasso.tenant_id', true), '')::uuid
$$;

-- Enables and forces row-level security with the tenant policy on a table. Used for the
-- partitioned parents and for every partition, because a query that names a partition directly
-- does not go through the parent's policies.
create function enable_tenant_isolation(target regclass) returns void
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format(
        'create policy tenant_isolation on %s using (tenant_id = current_tenant_id()) '
            || 'with check (tenant_id = current_tenant_id())',
        target);
end
$$;

-- Creates the hash partitions of a table partitioned by tenant_id, each with the tenant policy.
create function create_tenant_partitions(parent regclass, partitions int) returns void
    language plpgsql
as $$
declare
    partition_name text;
begin
    for remainder in 0 .. partitions - 1 loop
        partition_name := format('%s_p%s', parent, lpad(remainder::text, 2, '0'));
        execute format('create table %I partition of %s for values with (modulus %s, remainder %s)',
                       partition_name, parent, partitions, remainder);
        perform enable_tenant_isolation(partition_name::regclass);
    end loop;
end
$$;

-- The application role reads the tenant table (it resolves tenants from tokens and host names)
-- and works on tenant-owned tables only through row-level security. It owns nothing.
grant usage on schema public to ${app_role};
grant select on tenant to ${app_role};
grant execute on function current_tenant_id() to ${app_role};
