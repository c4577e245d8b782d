package org.incasso.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimSubmission;
import org.incasso.claims.ClaimSubmissions;
import org.incasso.common.Contact;
import org.incasso.common.ErrorCode;
import org.incasso.common.RateLimiter;
import org.incasso.common.ValidationException;
import org.incasso.common.Violations;
import org.incasso.creditors.Creditor;
import org.incasso.creditors.CreditorDraft;
import org.incasso.creditors.CreditorService;
import org.incasso.documents.ClaimDocuments;
import org.incasso.documents.DocumentUpload;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.NewCreditorAccount;
import org.incasso.identity.Role;
import org.incasso.identity.UserDirectory;
import org.incasso.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a claim over from the claim wizard. A creditor without an account signs up with it: its
 * company, its login in Keycloak (role CREDITOR, {@code tenant_id}, {@code creditor_id}) and the
 * claim with invoices and documents are made together or not at all. The login is created inside
 * the database transaction, after the creditor row and before the claim; if anything after it
 * fails, the transaction rolls back and the login is deleted again. A logged-in creditor hands
 * over for its own company.
 */
@Service
@EnableConfigurationProperties(OnboardingProperties.class)
public class ClaimHandOvers {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimHandOvers.class);

    private final CreditorService creditors;
    private final ClaimSubmissions submissions;
    private final ClaimDocuments documents;
    private final UserDirectory directory;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transactions;
    private final RateLimiter signUps;

    ClaimHandOvers(CreditorService creditors, ClaimSubmissions submissions, ClaimDocuments documents,
            UserDirectory directory, CurrentUsers currentUsers, TransactionTemplate transactions,
            OnboardingProperties properties, Optional<Clock> clock) {
        this.creditors = creditors;
        this.submissions = submissions;
        this.documents = documents;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.transactions = transactions;
        this.signUps = new RateLimiter(properties.signUpsPerHour(), Duration.ofHours(1),
                clock.orElse(Clock.systemUTC()));
    }

    /**
     * Checks what the wizard collected without storing anything: every violation at once, named as
     * in {@link #handOverWithNewAccount} ({@code creditor.*}, {@code debtor.*}, {@code invoices[i].*},
     * {@code documents[i].*}, {@code account.*}). Without {@code account} the creditor's details are
     * not checked either (a logged-in creditor). Invoice numbers handed over before are only found
     * when storing.
     */
    public void check(UUID tenantId, ClaimDraft draft, @Nullable AccountDraft account) {
        TenantContext.runAs(tenantId, () -> violations(draft, account).throwIfAny());
    }

    /**
     * A creditor without an account hands over its first claim and gets its login. Refused when
     * somebody is logged in, when the input is bad, or when the e-mail has a login already
     * ({@code account.email ALREADY_REGISTERED}: log in, the claim can then be handed over).
     * Keycloak out of reach is an {@link org.incasso.identity.IdentityProviderUnavailableException};
     * in every refusal nothing is stored and no login remains. Valid sign-ups from one client
     * address are rate-limited ({@link org.incasso.common.RateLimitedException}).
     */
    public HandedOver handOverWithNewAccount(SignUpOrigin origin, ClaimDraft draft, AccountDraft account) {
        if (currentUsers.current().isPresent()) {
            throw new AccessDeniedException("Already logged in: hand the claim over for your own company");
        }
        UUID tenantId = origin.tenantId();
        Locale locale = origin.locale();
        return TenantContext.callAs(tenantId, () -> {
            violations(draft, account).throwIfAny();
            signUps.acquire(origin.clientAddress() == null ? "unknown" : origin.clientAddress());
            String login = account.login();
            if (directory.isRegistered(login)) {
                throw ValidationException.of("account.email", ErrorCode.ALREADY_REGISTERED,
                        "an account with this e-mail address exists: log in instead");
            }
            AtomicReference<@Nullable String> createdLogin = new AtomicReference<>();
            try {
                return Objects.requireNonNull(transactions.execute(status -> {
                    Creditor creditor = ValidationException.under("creditor",
                            () -> creditors.register(Objects.requireNonNull(draft.creditor())));
                    Contact contact = creditor.company().contacts().getFirst();
                    String userId = directory.createCreditorAccount(new NewCreditorAccount(tenantId, creditor.id(), login,
                            Objects.requireNonNull(account.password()), firstName(contact), lastName(contact), locale));
                    createdLogin.set(userId);
                    CurrentUser user = new CurrentUser(userId, tenantId, Set.of(Role.CREDITOR), creditor.id(), null, login,
                            contact.name(), locale);
                    Claim claim = currentUsers.callAs(user, () -> store(creditor.id(), draft));
                    return new HandedOver(claim, userId, login);
                }));
            } catch (RuntimeException e) {
                String userId = createdLogin.get();
                if (userId != null) {
                    removeLogin(userId, e);
                }
                throw e;
            }
        });
    }

    /** A logged-in creditor hands a claim over for its own company, documents included, in one transaction. */
    public Claim handOver(ClaimDraft draft) {
        CurrentUser user = currentUsers.require();
        user.requireAnyRole(Role.CREDITOR);
        UUID creditorId = Objects.requireNonNull(user.creditorId(), "a creditor user has a creditor");
        violations(draft, null).throwIfAny();
        return Objects.requireNonNull(transactions.execute(status -> store(creditorId, draft)));
    }

    private Claim store(UUID creditorId, ClaimDraft draft) {
        Claim claim = submissions.submit(new ClaimSubmission(creditorId, null, null, draft.debtor(), draft.invoices()),
                draft.message());
        IntStream.range(0, draft.documents().size()).forEach(i -> ValidationException.under("documents[" + i + "]",
                () -> documents.upload(claim.id(), draft.documents().get(i))));
        return claim;
    }

    private Violations violations(ClaimDraft draft, @Nullable AccountDraft account) {
        Violations violations = new Violations();
        if (account != null) {
            creditor(draft.creditor(), violations);
            account.validate(violations);
        }
        if (draft.debtor() == null) {
            violations.add("debtor", ErrorCode.REQUIRED, "is required");
        }
        submissions.check(new ClaimSubmission(null, null, null, draft.debtor(), draft.invoices()), violations);
        if (draft.documents().size() > ClaimDraft.MAX_DOCUMENTS) {
            violations.add("documents", ErrorCode.OUT_OF_RANGE, "at most " + ClaimDraft.MAX_DOCUMENTS + " documents");
        }
        for (int i = 0; i < draft.documents().size(); i++) {
            DocumentUpload upload = draft.documents().get(i);
            try {
                documents.check(upload);
            } catch (ValidationException e) {
                e.prefixed("documents[" + i + "]").violations().forEach(v -> violations.add(v.field(), v.code(), v.message()));
            }
        }
        if (draft.message() != null) {
            violations.optionalText("message", draft.message(), org.incasso.claims.ClaimMessage.MAX_TEXT);
        }
        return violations;
    }

    /** A new creditor needs its company, a contact person (the account holder) and a bank account. */
    private static void creditor(@Nullable CreditorDraft creditor, Violations violations) {
        if (creditor == null) {
            violations.add("creditor", ErrorCode.REQUIRED, "is required");
            return;
        }
        try {
            creditor.validated();
        } catch (ValidationException e) {
            e.prefixed("creditor").violations().forEach(v -> violations.add(v.field(), v.code(), v.message()));
        }
        List<Contact> contacts = creditor.company().contacts();
        if (contacts == null || contacts.isEmpty()) {
            violations.add("creditor.contacts[0].name", ErrorCode.REQUIRED, "a contact person is required");
        }
        if (creditor.bankAccount() == null) {
            violations.add("creditor.bankAccount.iban", ErrorCode.REQUIRED, "is required");
        }
    }

    private void removeLogin(String userId, RuntimeException cause) {
        try {
            directory.deleteUser(userId);
            LOG.info("Hand-over failed after the login {} was created; the login was deleted again", userId);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            LOG.error("Hand-over failed and the login {} could not be deleted: delete it in Keycloak", userId, e);
        }
    }

    private static String firstName(Contact contact) {
        String name = Objects.requireNonNull(contact.name()).strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String lastName(Contact contact) {
        String name = Objects.requireNonNull(contact.name()).strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
