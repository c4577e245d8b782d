package org.incasso.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.incasso.claims.Claim;
import org.incasso.common.FieldViolation;
import org.incasso.common.RateLimitedException;
import org.incasso.common.ValidationException;
import org.incasso.creditors.CreditorService;
import org.incasso.documents.ClaimDocuments;
import org.incasso.documents.DocumentsProperties;
import org.incasso.fees.QuoteOrigin;
import org.incasso.fees.QuoteService;
import org.incasso.fees.ui.ClaimStart;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.IdentityProviderUnavailableException;
import org.incasso.identity.Role;
import org.incasso.onboarding.AccountDraft;
import org.incasso.onboarding.ClaimDraft;
import org.incasso.onboarding.ClaimHandOvers;
import org.incasso.onboarding.HandedOver;
import org.incasso.onboarding.SignUpOrigin;
import org.incasso.registry.CompanyLookup;
import org.incasso.tenancy.Tenant;
import org.incasso.tenancy.Tenants;
import org.incasso.ui.Notifications;
import org.incasso.ui.SessionLogin;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 2 of the creditor journey: hand a claim over. A visitor enters its details, the debtor,
 * the invoices and documents, chooses its account, reviews the claim with the quote and submits;
 * it lands logged in on its dashboard. A logged-in creditor skips its details and the account
 * ("new claim" on the dashboard). Each "next" checks the step with the service's own rules, and a
 * refusal on submitting opens the step of the first refused field with every message next to its
 * field. What was entered stays in the session until the claim is handed over.
 */
@Route("claim/new")
@RouteAlias("vordering/nieuw")
@AnonymousAllowed
public class ClaimWizardView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimWizardView.class);

    private final transient ClaimHandOvers handOvers;
    private final transient SessionLogin sessionLogin;
    private final List<WizardStep> steps = new ArrayList<>();
    private final Tabs tabs = new Tabs();
    private final Div content = new Div();
    private final Paragraph problem = new Paragraph();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button submit = new Button();
    private @Nullable UUID tenantId;
    private @Nullable String clientAddress;
    private @Nullable CurrentUser user;
    private @Nullable CreditorStep creditor;
    private @Nullable DebtorStep debtor;
    private @Nullable InvoicesStep invoices;
    private @Nullable DocumentsStep documents;
    private @Nullable AccountStep account;
    private @Nullable ReviewStep review;
    private int current;
    private int reached;

    public ClaimWizardView(ClaimHandOvers handOvers, SessionLogin sessionLogin, CompanyLookup lookup,
            QuoteService quotes, ClaimDocuments claimDocuments, DocumentsProperties documentLimits,
            CreditorService creditors, Tenants tenants, CurrentUsers users) {
        this.handOvers = handOvers;
        this.sessionLogin = sessionLogin;
        setMaxWidth("64em");
        add(new H2(getTranslation("wizard.title")));
        user = users.current().orElse(null);
        if (user != null && !user.hasRole(Role.CREDITOR)) {
            Paragraph notForStaff = new Paragraph(getTranslation("wizard.notForStaff"));
            notForStaff.setId("wizard-not-for-staff");
            add(notForStaff);
            return;
        }
        if (user != null) {
            Anchor dashboard = new Anchor("dashboard", getTranslation("wizard.toDashboard"));
            dashboard.setId("wizard-to-dashboard");
            add(dashboard);
        }
        String host = VaadinRequest.getCurrent() instanceof VaadinServletRequest request ? request.getServerName() : "";
        Tenant tenant = user == null ? tenants.byHost(host).orElseThrow() : tenants.byId(user.tenantId()).orElseThrow();
        tenantId = tenant.id();
        creditor = user == null ? new CreditorStep(lookup, host, tenant.homeCountry())
                : new CreditorStep(creditors.mine().orElseThrow());
        debtor = new DebtorStep(lookup, host, tenant.homeCountry());
        // the agency's fee schedule, and so the claim's financials, are in its own currency
        invoices = new InvoicesStep(tenant.defaultCurrency().getCurrencyCode(), List.of());
        documents = new DocumentsStep(claimDocuments, documentLimits);
        account = user == null ? new AccountStep() : null;
        // through the container's forwarded-header handling, like the quote page's
        clientAddress = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
        review = new ReviewStep(quotes, new QuoteOrigin(host, clientAddress),
                this::draft, debtor::country);
        steps.addAll(java.util.stream.Stream.of(creditor, debtor, invoices, documents, account, review)
                .filter(Objects::nonNull).toList());
        restore();
        layOut();
        go(0);
    }

    private void layOut() {
        for (WizardStep step : steps) {
            Tab tab = new Tab(getTranslation("wizard.step." + step.key()));
            tab.setId("step-" + step.key());
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(event -> {
            int selected = tabs.getSelectedIndex();
            if (selected != current) {
                if (selected <= reached) {
                    go(selected);
                } else {
                    tabs.setSelectedIndex(current);
                }
            }
        });
        problem.setId("wizard-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        back.setText(getTranslation("wizard.back"));
        back.setId("wizard-back");
        back.addClickListener(event -> go(current - 1));
        next.setText(getTranslation("wizard.next"));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(event -> {
            if (stepAccepted()) {
                go(current + 1);
            }
        });
        submit.setText(getTranslation("wizard.submit"));
        submit.setId("wizard-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> {
            submit();
            submit.setEnabled(true);
        });
        content.setWidthFull();
        add(new Paragraph(getTranslation(user == null ? "wizard.intro" : "wizard.intro.creditor")), tabs, content,
                problem, new HorizontalLayout(back, next, submit));
    }

    private void go(int index) {
        keep();
        current = index;
        reached = Math.max(reached, index);
        WizardStep step = steps.get(index);
        content.removeAll();
        content.add(step);
        tabs.setSelectedIndex(index);
        if (step == account) {
            account.suggestEmail(Objects.requireNonNull(creditor).contactEmail());
        }
        step.entered();
        back.setVisible(index > 0);
        next.setVisible(index < steps.size() - 1);
        submit.setVisible(index == steps.size() - 1);
    }

    /** Checks what the current step asks for with the service's rules; shows what is refused. */
    private boolean stepAccepted() {
        WizardStep step = steps.get(current);
        step.clearErrors();
        problem.setText("");
        if (step == account && !account.passwordsMatch()) {
            return false;
        }
        try {
            handOvers.check(Objects.requireNonNull(tenantId), draft(), account == null ? null : account.draft());
            return true;
        } catch (ValidationException e) {
            List<FieldViolation> own = e.violations().stream().filter(v -> step.owns(v.field())).toList();
            own.forEach(step::show);
            return own.isEmpty();
        }
    }

    private void submit() {
        steps.forEach(WizardStep::clearErrors);
        problem.setText("");
        if (account != null && !account.passwordsMatch()) {
            go(steps.indexOf(account));
            return;
        }
        if (Objects.requireNonNull(review).refused()) {
            problem.setText(getTranslation("wizard.refused"));
            return;
        }
        keep();
        try {
            if (account == null) {
                Claim claim = handOvers.handOver(draft());
                WizardMemory.forget(VaadinSession.getCurrent());
                Notifications.success(getTranslation("wizard.handedOver", claim.reference()));
                getUI().ifPresent(ui -> ui.navigate("dashboard"));
            } else {
                AccountDraft chosen = account.draft();
                HandedOver done = handOvers.handOverWithNewAccount(new SignUpOrigin(Objects.requireNonNull(tenantId),
                        clientAddress, getLocale()), draft(), chosen);
                WizardMemory.forget(VaadinSession.getCurrent());
                loggedIn(done, sessionLogin.logIn(done.login(), Objects.requireNonNull(chosen.password())));
            }
        } catch (ValidationException e) {
            showRefusal(e.violations());
        } catch (RateLimitedException e) {
            problem.setText(getTranslation("wizard.rateLimited", e.retryAfter().toMinutes() + 1));
        } catch (IdentityProviderUnavailableException e) {
            LOG.warn("Claim wizard: the identity provider is not available", e);
            problem.setText(getTranslation("wizard.unavailable"));
        } catch (RuntimeException e) {
            LOG.error("Claim wizard: handing over failed", e);
            problem.setText(getTranslation("wizard.failed"));
        }
    }

    private void loggedIn(HandedOver done, boolean loggedIn) {
        if (loggedIn) {
            getUI().ifPresent(ui -> ui.getPage().setLocation("dashboard"));
            return;
        }
        // the claim and the account exist; only the automatic login did not work
        removeAll();
        Anchor logIn = new Anchor("dashboard", getTranslation("wizard.logIn"));
        logIn.setId("wizard-log-in");
        add(new H2(getTranslation("wizard.title")), new Paragraph(getTranslation("wizard.handedOver.logIn",
                done.claim().reference(), done.login())), logIn);
    }

    /** Every refused field next to its input; the first step with a refusal is shown. */
    private void showRefusal(List<FieldViolation> violations) {
        int first = steps.size();
        for (FieldViolation violation : violations) {
            int index = indexOfOwner(violation.field());
            if (index < 0) {
                problem.setText(getTranslation("error." + violation.code().name()));
                continue;
            }
            first = Math.min(first, index);
        }
        if (first < steps.size()) {
            go(first);
        }
        // shown after going to the step: its inputs are attached, and going there cleared nothing
        violations.forEach(v -> {
            int index = indexOfOwner(v.field());
            if (index >= 0) {
                steps.get(index).show(v);
            }
        });
    }

    private int indexOfOwner(String field) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).owns(field)) {
                return i;
            }
        }
        return -1;
    }

    private ClaimDraft draft() {
        return new ClaimDraft(Objects.requireNonNull(creditor).draft(), Objects.requireNonNull(debtor).details(),
                Objects.requireNonNull(invoices).drafts(), Objects.requireNonNull(documents).uploads(),
                Objects.requireNonNull(review).message());
    }

    private void keep() {
        new WizardMemory(draft(), account == null ? "" : account.email()).keep(VaadinSession.getCurrent());
    }

    private void restore() {
        VaadinSession session = VaadinSession.getCurrent();
        WizardMemory.of(session).ifPresent(memory -> {
            ClaimDraft kept = memory.draft();
            if (kept.creditor() != null) {
                Objects.requireNonNull(creditor).fill(kept.creditor());
            }
            Objects.requireNonNull(debtor).fill(kept.debtor());
            Objects.requireNonNull(invoices).fill(kept.invoices());
            Objects.requireNonNull(documents).fill(kept.documents());
            Objects.requireNonNull(review).fill(kept.message());
            if (account != null) {
                account.suggestEmail(memory.email());
            }
        });
        ClaimStart.take(session).ifPresent(start -> {
            Objects.requireNonNull(creditor).fill(start);
            Objects.requireNonNull(debtor).fill(start);
            Objects.requireNonNull(invoices).fill(start);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wizard.title");
    }
}
