package org.incasso.testing;

/** Ids and users of the demo migration (classpath:db/demo) and the demo realm. */
public final class DemoData {

    public static final String NL_TENANT = "7e1a0000-0000-4000-8000-000000000001";
    public static final String UK_TENANT = "7e1a0000-0000-4000-8000-000000000002";
    public static final String NL_CREDITOR = "c0000000-0000-4000-8000-000000000101";
    public static final String NL_OTHER_CREDITOR = "c0000000-0000-4000-8000-000000000102";
    public static final String UK_CREDITOR = "c0000000-0000-4000-8000-000000000201";
    public static final String NL_DEBTOR = "d0000000-0000-4000-8000-000000000101";
    public static final String UK_DEBTOR = "d0000000-0000-4000-8000-000000000201";
    /** The partner that {@link #NL_PARTNER} acts for (token claim {@code partner_id}). */
    public static final String NL_PARTNER_ID = "a0000000-0000-4000-8000-000000000101";

    public static final String NL_ADMIN = "nl-admin@example.com";
    public static final String NL_SPECIALIST = "nl-specialist@example.com";
    public static final String NL_CREDITOR_USER = "nl-creditor@example.com";
    public static final String NL_PARTNER = "nl-partner@example.com";
    public static final String UK_ADMIN = "uk-admin@example.com";
    public static final String UK_SPECIALIST = "uk-specialist@example.com";
    public static final String UK_CREDITOR_USER = "uk-creditor@example.com";
    public static final String NO_TENANT_USER = "no-tenant@example.com";
    public static final String UNKNOWN_TENANT_USER = "unknown-tenant@example.com";

    private DemoData() {
    }
}
