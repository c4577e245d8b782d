package org.incasso.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incasso.testing.DemoData.*;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.incasso.claims.InvoiceDraft;
import org.incasso.common.Address;
import org.incasso.common.BankAccount;
import org.incasso.common.CompanyDetails;
import org.incasso.common.Contact;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.ValidationException;
import org.incasso.creditors.CreditorDraft;
import org.incasso.documents.DocumentUpload;
import org.incasso.documents.SampleFiles;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.IdentityProviderUnavailableException;
import org.incasso.identity.Role;
import org.incasso.identity.UserDirectory;
import org.incasso.keycloak.Tokens;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.TestDatabase;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Handing a claim over with a new account, against the real Keycloak and PostgreSQL: the login,
 * the creditor and the claim are made together or not at all.
 */
@ApplicationTest
class ClaimHandOverTest {

    private static final UUID NL = UUID.fromString(NL_TENANT);
    private static final UUID UK = UUID.fromString(UK_TENANT);

    @Autowired
    ClaimHandOvers handOvers;

    @Autowired
    UserDirectory directory;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void aNewCreditorGetsItsLoginAndItsClaimWithInvoicesAndDocuments() {
        String email = unique("nieuw");
        HandedOver done = handOvers.handOverWithNewAccount(origin(NL), draft("Nieuwe Klant B.V.", "Debiteur Een B.V.", "F-1", "F-2"),
                new AccountDraft(email, "Geheim-2026!"));

        assertThat(done.login()).isEqualTo(email);
        String token = Tokens.passwordGrant(TestStack.get().issuerUri(), TestStack.GRAPHQL_CLIENT, email, "Geheim-2026!");
        Map<String, Object> claims = Tokens.claims(token);
        assertThat(claims).containsEntry("tenant_id", NL_TENANT).containsKey("creditor_id");
        assertThat(claims.get("realm_access").toString()).contains("CREDITOR");
        var api = Api.withToken(token);
        api.documentName("claim").variable("id", done.claim().id().toString()).execute()
                .path("claim.creditor.name").entity(String.class).isEqualTo("Nieuwe Klant B.V.")
                .path("claim.creditor.id").entity(String.class).isEqualTo(claims.get("creditor_id").toString())
                .path("claim.debtor.name").entity(String.class).isEqualTo("Debiteur Een B.V.")
                .path("claim.invoices[*].number").entityList(String.class).containsExactly("F-1", "F-2")
                .path("claim.principal.amount").entity(String.class).isEqualTo("2500.00");
        api.documentName("claimDocuments").variable("id", done.claim().id().toString()).execute()
                .path("claim.documents[0].fileName").entity(String.class).isEqualTo("factuur-F-1.pdf");
        assertThat(directory.creditorUsers(NL, UUID.fromString(claims.get("creditor_id").toString())))
                .singleElement().satisfies(user -> {
                    assertThat(user.email()).isEqualTo(email);
                    assertThat(user.name()).isEqualTo("Nina de Nieuwe");
                    assertThat(user.locale().getLanguage()).isEqualTo("nl");
                });
    }

    @Test
    void anEmailWithAnAccountIsAskedToLogInAndNothingIsStored() throws SQLException {
        String company = "Dubbel " + UUID.randomUUID();

        assertThatThrownBy(() -> handOvers.handOverWithNewAccount(origin(NL), draft(company, "Debiteur Dubbel B.V.", "D-1"),
                new AccountDraft(NL_CREDITOR_USER, "Geheim-2026!")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("account.email", ErrorCode.ALREADY_REGISTERED,
                                "an account with this e-mail address exists: log in instead")));
        assertThat(creditorsNamed(NL, company)).isZero();
        // the same address in other letters is the same login
        assertThatThrownBy(() -> handOvers.handOverWithNewAccount(origin(NL), draft(company, "Debiteur Dubbel B.V.", "D-1"),
                new AccountDraft(NL_CREDITOR_USER.toUpperCase(Locale.ROOT), "Geheim-2026!")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo(ErrorCode.ALREADY_REGISTERED));
    }

    @Test
    void aFailureAfterTheLoginWasCreatedLeavesNeitherLoginNorClaim() throws SQLException {
        String email = unique("storing");
        String company = "Storing " + UUID.randomUUID();
        // a real database error on the claim's invoice insert, after Keycloak created the login
        execute("""
                create function fail_injected_invoice() returns trigger language plpgsql as $$
                begin
                  if new.number = 'INJECTED-FAILURE' then raise exception 'injected failure'; end if;
                  return new;
                end $$""");
        execute("create trigger fail_injected_invoice before insert on invoice for each row execute function fail_injected_invoice()");
        try {
            assertThatThrownBy(() -> handOvers.handOverWithNewAccount(origin(NL), draft(company, "Debiteur Storing B.V.",
                    "INJECTED-FAILURE"), new AccountDraft(email, "Geheim-2026!")))
                    .hasStackTraceContaining("injected failure");
        } finally {
            execute("drop trigger fail_injected_invoice on invoice");
            execute("drop function fail_injected_invoice()");
        }
        assertThat(directory.isRegistered(email)).isFalse();
        assertThat(creditorsNamed(NL, company)).isZero();
        // and the address can sign up afterwards
        HandedOver done = handOvers.handOverWithNewAccount(origin(NL), draft(company, "Debiteur Storing B.V.", "S-1"),
                new AccountDraft(email, "Geheim-2026!"));
        assertThat(creditorsNamed(NL, company)).isOne();
        assertThat(done.claim().reference()).isNotBlank();
    }

    @Test
    void keycloakOutOfReachStoresNothing(@Autowired org.incasso.creditors.CreditorService creditors,
            @Autowired org.incasso.claims.ClaimSubmissions submissions,
            @Autowired org.incasso.documents.ClaimDocuments documents,
            @Autowired org.springframework.transaction.support.TransactionTemplate transactions) throws SQLException {
        // what KeycloakUserDirectory reports when Keycloak cannot be reached (KeycloakUserDirectoryTest)
        UserDirectory down = new UserDirectory() {
            @Override
            public List<org.incasso.identity.Recipient> creditorUsers(UUID tenantId, UUID creditorId) {
                throw unavailable();
            }

            @Override
            public List<org.incasso.identity.Recipient> specialists(UUID tenantId) {
                throw unavailable();
            }

            @Override
            public java.util.Optional<org.incasso.identity.Recipient> user(String userId) {
                throw unavailable();
            }

            @Override
            public boolean isRegistered(String email) {
                return false; // Keycloak answered this one, then went down
            }

            @Override
            public String createCreditorAccount(org.incasso.identity.NewCreditorAccount account) {
                throw unavailable();
            }

            @Override
            public void deleteUser(String userId) {
                throw unavailable();
            }

            private IdentityProviderUnavailableException unavailable() {
                return new IdentityProviderUnavailableException("Keycloak is not available: Connection refused",
                        new java.net.ConnectException("Connection refused"));
            }
        };
        var handOversWhileDown = new ClaimHandOvers(creditors, submissions, documents, down, currentUsers, transactions,
                new OnboardingProperties(10), java.util.Optional.empty());
        String company = "Onbereikbaar " + UUID.randomUUID();

        assertThatThrownBy(() -> handOversWhileDown.handOverWithNewAccount(origin(NL), draft(company, "Debiteur Onbereikbaar B.V.",
                "O-1"), new AccountDraft(unique("onbereikbaar"), "Geheim-2026!")))
                .isInstanceOf(IdentityProviderUnavailableException.class);
        assertThat(creditorsNamed(NL, company)).isZero();
    }

    @Test
    void signUpsFromOneAddressAreLimitedOnceTheInputIsValid() throws SQLException {
        String address = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        var origin = new SignUpOrigin(NL, address, Locale.ENGLISH);
        var invalid = new ClaimDraft(null, null, List.of(), List.of(), null);
        for (int i = 0; i < TestStack.SIGN_UPS_PER_HOUR + 2; i++) { // refused input costs nothing
            assertThatThrownBy(() -> handOvers.handOverWithNewAccount(origin, invalid, new AccountDraft("", "")))
                    .isInstanceOf(ValidationException.class);
        }
        for (int i = 0; i < TestStack.SIGN_UPS_PER_HOUR; i++) {
            handOvers.handOverWithNewAccount(origin, draft("Limiet " + i + " " + address, "Debiteur Limiet B.V.", "L-1"),
                    new AccountDraft(unique("limiet"), "Geheim-2026!"));
        }
        String company = "Limiet te veel " + UUID.randomUUID();
        String email = unique("limiet");

        assertThatThrownBy(() -> handOvers.handOverWithNewAccount(origin, draft(company, "Debiteur Limiet B.V.", "L-1"),
                new AccountDraft(email, "Geheim-2026!")))
                .isInstanceOfSatisfying(org.incasso.common.RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isPositive());
        assertThat(directory.isRegistered(email)).isFalse();
        assertThat(creditorsNamed(NL, company)).isZero();
        // another address is not affected
        handOvers.handOverWithNewAccount(origin(NL), draft(company, "Debiteur Limiet B.V.", "L-1"),
                new AccountDraft(email, "Geheim-2026!"));
    }

    @Test
    void aPasswordKeycloakRefusesStoresNothing() throws SQLException {
        String email = unique("zwak");
        String company = "Zwak " + UUID.randomUUID();

        // long enough for the platform, but the realm's policy refuses the e-mail address as password
        assertThatThrownBy(() -> handOvers.handOverWithNewAccount(origin(NL), draft(company, "Debiteur Zwak B.V.", "Z-1"),
                new AccountDraft(email, email)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("account.password", ErrorCode.WEAK_PASSWORD)));
        assertThat(directory.isRegistered(email)).isFalse();
        assertThat(creditorsNamed(NL, company)).isZero();
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() throws SQLException {
        var emptyCompany = new CompanyDetails(" ", null, null, new Address(null, null, null, "XX"),
                List.of(new Contact("", "geen-mail", "abc")));
        var creditor = new CreditorDraft(emptyCompany, new BankAccount("NL00 BANK 0000 0000 00", null, null), false);
        var debtor = new CompanyDetails("", null, null, null, List.of());
        var invoice = new InvoiceDraft("", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), "0", "EUR", null);
        var document = new DocumentUpload("INVOICE", "factuur.pdf", SampleFiles.png());
        var draft = new ClaimDraft(creditor, debtor, List.of(invoice), List.of(document), null);
        int creditorsBefore = creditors(NL);

        assertThatThrownBy(() -> handOvers.handOverWithNewAccount(origin(NL), draft, new AccountDraft("geen-mail", "kort")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code).contains(
                                tuple("creditor.name", ErrorCode.REQUIRED),
                                tuple("creditor.address.country", ErrorCode.UNKNOWN_COUNTRY),
                                tuple("creditor.contacts[0].name", ErrorCode.REQUIRED),
                                tuple("creditor.contacts[0].email", ErrorCode.INVALID_EMAIL),
                                tuple("creditor.contacts[0].phone", ErrorCode.INVALID_FORMAT),
                                tuple("creditor.bankAccount.iban", ErrorCode.INVALID_IBAN),
                                tuple("debtor.name", ErrorCode.REQUIRED),
                                tuple("debtor.address", ErrorCode.REQUIRED),
                                tuple("invoices[0].number", ErrorCode.REQUIRED),
                                tuple("invoices[0].dueDate", ErrorCode.INVALID_DATE),
                                tuple("invoices[0].amount.amount", ErrorCode.NOT_POSITIVE),
                                tuple("documents[0].file", ErrorCode.MEDIA_TYPE_MISMATCH),
                                tuple("account.email", ErrorCode.INVALID_EMAIL),
                                tuple("account.password", ErrorCode.WEAK_PASSWORD)));
        assertThat(creditors(NL)).isEqualTo(creditorsBefore);

        var noInvoices = new ClaimDraft(draft("X B.V.", "Y B.V.", "1").creditor(), draft("X B.V.", "Y B.V.", "1").debtor(),
                List.of(), List.of(), null);
        assertThatThrownBy(() -> handOvers.check(NL, noInvoices, new AccountDraft("", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code).containsExactlyInAnyOrder(
                                tuple("invoices", ErrorCode.REQUIRED), tuple("account.email", ErrorCode.REQUIRED),
                                tuple("account.password", ErrorCode.REQUIRED)));
    }

    @Test
    void aSignUpBelongsToTheTenantOfTheHostOnly() {
        String email = unique("uk");
        ClaimDraft inEuro = draft("New Client Ltd", "Debtor Ltd", "UK-1");
        ClaimDraft inPounds = new ClaimDraft(inEuro.creditor(), inEuro.debtor(), inEuro.invoices().stream()
                .map(i -> new InvoiceDraft(i.number(), i.invoiceDate(), i.dueDate(), i.amount(), "GBP", null)).toList(),
                inEuro.documents(), null);
        HandedOver done = handOvers.handOverWithNewAccount(origin(UK), inPounds,
                new AccountDraft(email, "Secret-2026!"));

        Api.as(UK_SPECIALIST).documentName("claim").variable("id", done.claim().id().toString()).execute()
                .path("claim.creditor.name").entity(String.class).isEqualTo("New Client Ltd");
        for (String outsider : List.of(NL_SPECIALIST, NL_ADMIN, NL_CREDITOR_USER)) {
            Api.as(outsider).documentName("claim").variable("id", done.claim().id().toString()).execute()
                    .path("claim").valueIsNull();
        }
        String token = Tokens.passwordGrant(TestStack.get().issuerUri(), TestStack.GRAPHQL_CLIENT, email, "Secret-2026!");
        assertThat(Tokens.claims(token)).containsEntry("tenant_id", UK_TENANT);
    }

    @Test
    void somebodyLoggedInCannotSignUpAndOnlyCreditorsHandOverForThemselves() {
        CurrentUser creditor = user(Role.CREDITOR, UUID.fromString(NL_CREDITOR));
        CurrentUser specialist = user(Role.SPECIALIST, null);
        ClaimDraft draft = draft("Ingelogd B.V.", "Debiteur Ingelogd B.V.", "I-" + UUID.randomUUID());

        assertThatThrownBy(() -> currentUsers.callAs(creditor, () -> handOvers.handOverWithNewAccount(origin(NL), draft,
                new AccountDraft(unique("ingelogd"), "Geheim-2026!"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUsers.callAs(specialist, () -> handOvers.handOver(draft)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handOvers.handOver(draft))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);

        var claim = currentUsers.callAs(creditor, () -> handOvers.handOver(draft));
        assertThat(claim.creditorId()).isEqualTo(UUID.fromString(NL_CREDITOR));
        Api.as(NL_CREDITOR_USER).documentName("claimDocuments").variable("id", claim.id().toString()).execute()
                .path("claim.documents[*].fileName").entityList(String.class).hasSize(1);
    }

    private static SignUpOrigin origin(UUID tenant) {
        // an address of its own per sign-up: the rate limit has a test of its own
        return new SignUpOrigin(tenant, "test-" + UUID.randomUUID(), tenant.equals(NL) ? Locale.forLanguageTag("nl")
                : Locale.ENGLISH);
    }

    private static CurrentUser user(Role role, UUID creditorId) {
        return new CurrentUser("test-" + role, NL, Set.of(role), creditorId, null, null, null, Locale.ENGLISH);
    }

    static ClaimDraft draft(String creditorName, String debtorName, String... invoiceNumbers) {
        var creditor = new CreditorDraft(new CompanyDetails(creditorName, null, null,
                new Address("Keizersgracht 1", "1015 AA", "Amsterdam", "NL"),
                List.of(new Contact("Nina de Nieuwe", "nina@example.com", "+31 20 123 4567"))),
                new BankAccount("NL91 ABNA 0417 1643 00", null, creditorName), false);
        var debtor = new CompanyDetails(debtorName, null, null, new Address("Markt 2", "3511 AA", "Utrecht", "NL"),
                List.of());
        List<InvoiceDraft> invoices = java.util.Arrays.stream(invoiceNumbers).map(number -> new InvoiceDraft(number,
                LocalDate.now().minusDays(60), LocalDate.now().minusDays(30), "1250.00", "EUR", null)).toList();
        return new ClaimDraft(creditor, debtor, invoices,
                List.of(new DocumentUpload("INVOICE", "factuur-" + invoiceNumbers[0] + ".pdf", SampleFiles.pdf())), null);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static int creditorsNamed(UUID tenant, String name) throws SQLException {
        return count(tenant, "select count(*) from creditor where name = ?", name);
    }

    private static int creditors(UUID tenant) throws SQLException {
        return count(tenant, "select count(*) from creditor where true or ? is null", "");
    }

    private static int count(UUID tenant, String sql, String parameter) throws SQLException {
        try (var connection = TestDatabase.connectAsApp()) {
            connection.setAutoCommit(false);
            try (var set = connection.prepareStatement("select set_config('incasso.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            try (var query = connection.prepareStatement(sql)) {
                query.setString(1, parameter);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = TestDatabase.connectAsOwner(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
