-- Demo data for the dev/demo profile only (flyway location classpath:db/demo).
-- Two agencies; the Keycloak demo realm carries users with the same tenant and creditor ids.

insert into tenant (id, slug, name, home_country, default_currency, locale, host_names)
values ('7e1a0000-0000-4000-8000-000000000001', 'nl', 'Incasso Nederland B.V.', 'NL', 'EUR', 'nl', '{localhost}'),
       ('7e1a0000-0000-4000-8000-000000000002', 'uk', 'Incasso Collections Ltd', 'GB', 'GBP', 'en', '{127.0.0.1}')
on conflict (id) do nothing;

-- Row-level security is forced for the owner too: each tenant's rows are written with that
-- tenant set for this transaction.
select set_config('incasso.tenant_id', '7e1a0000-0000-4000-8000-000000000001', true);

insert into creditor (tenant_id, id, name, registration_number, vat_number, street, postal_code, city, country,
                      contacts, iban, bic, account_holder)
values ('7e1a0000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000101', 'Bakkerij De Gouden Korst B.V.',
        '12345678', 'NL001234567B01', 'Dorpsstraat 12', '3511 AB', 'Utrecht', 'NL',
        '[{"name": "Anna de Vries", "email": "nl-creditor@example.com", "phone": "+31 30 123 4567"}]',
        'NL91ABNA0417164300', 'ABNANL2A', 'Bakkerij De Gouden Korst B.V.'),
       ('7e1a0000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000102', 'Houthandel Noord B.V.',
        '87654321', 'NL009876543B01', 'Havenweg 4', '9711 AA', 'Groningen', 'NL',
        '[]', 'NL02RABO0123456789', 'RABONL2U', 'Houthandel Noord B.V.')
on conflict do nothing;

insert into debtor (tenant_id, id, name, registration_number, street, postal_code, city, country, contacts)
values ('7e1a0000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000101', 'Café Het Hoekje V.O.F.',
        '23456789', 'Markt 1', '3512 CK', 'Utrecht', 'NL', '[{"name": "Piet Jansen", "email": "piet@hethoekje.example", "phone": null}]'),
       ('7e1a0000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000102', 'Großhandel Weber GmbH',
        'HRB 12345', 'Königsallee 1', '40212', 'Düsseldorf', 'DE', '[]')
on conflict do nothing;

select set_config('incasso.tenant_id', '7e1a0000-0000-4000-8000-000000000002', true);

insert into creditor (tenant_id, id, name, registration_number, vat_number, street, postal_code, city, country,
                      contacts, iban, bic, account_holder)
values ('7e1a0000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000201', 'Thames Tools Ltd',
        '01234567', 'GB123456789', '1 River Street', 'EC1A 1BB', 'London', 'GB',
        '[{"name": "Oliver Smith", "email": "uk-creditor@example.com", "phone": "+44 20 7946 0000"}]',
        'GB29NWBK60161331926819', 'NWBKGB2L', 'Thames Tools Ltd')
on conflict do nothing;

insert into debtor (tenant_id, id, name, street, postal_code, city, country, contacts)
values ('7e1a0000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000201', 'Highland Builders Ltd',
        '5 Castle Road', 'EH1 2NG', 'Edinburgh', 'GB', '[]')
on conflict do nothing;
