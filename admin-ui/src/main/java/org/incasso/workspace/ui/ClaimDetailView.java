package org.incasso.workspace.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimInvoice;
import org.incasso.claims.ClaimService;
import org.incasso.events.Audience;
import org.incasso.events.CaseEvent;
import org.incasso.events.CaseEventLog;
import org.incasso.events.CaseEventStream;
import org.incasso.identity.CurrentUsers;
import org.incasso.ui.MainLayout;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/**
 * One claim: header, invoices, timeline and the lifecycle actions that are legal now. It
 * refreshes itself (server push) when a new event of the claim is stored — by this or another
 * instance, through the UI or the API.
 */
@Route(value = "claims/:id", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "SPECIALIST"})
public class ClaimDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ClaimService claims;
    private final transient CaseEventLog eventLog;
    private final transient CaseEventStream eventStream;
    private final Audience audience;
    private final ClaimHeader header = new ClaimHeader();
    private final InvoiceGrid invoices = new InvoiceGrid();
    private final Timeline timeline = new Timeline();
    private final ClaimActionsBar actions;
    private final ActionsPanel actionsPanel;
    private final MessagesPanel messagesPanel;
    private final DocumentsPanel documentsPanel;
    private final FinancialsPanel financialsPanel;
    private final transient CollectedAmounts amounts;
    private @Nullable Claim claim;
    private @Nullable Disposable live;

    public ClaimDetailView(ClaimService claims, CaseEventLog eventLog, CaseEventStream eventStream,
            CurrentUsers users, org.incasso.creditors.CreditorService creditors,
            org.incasso.debtors.DebtorService debtors, org.incasso.claims.ClaimActions claimActions,
            org.incasso.claims.ClaimMessages claimMessages, org.incasso.documents.ClaimDocuments claimDocuments,
            org.incasso.payments.ClaimFinancials claimFinancials, org.incasso.payments.Payments payments,
            CollectedAmounts amounts) {
        this.amounts = amounts;
        this.claims = claims;
        this.eventLog = eventLog;
        this.eventStream = eventStream;
        this.audience = Audience.of(users.require());
        this.actions = new ClaimActionsBar(claims, this::show);
        this.actionsPanel = new ActionsPanel(claimActions, this::reload);
        this.messagesPanel = new MessagesPanel(claimMessages, this::reload);
        this.documentsPanel = new DocumentsPanel(claimDocuments, this::reload);
        this.financialsPanel = new FinancialsPanel(claimFinancials, payments, this::reload);
        header.setNames(creditors, debtors);
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("claim.tab.timeline"), timeline);
        tabs.add(getTranslation("claim.tab.actions"), actionsPanel);
        tabs.add(getTranslation("claim.tab.messages"), messagesPanel);
        tabs.add(getTranslation("claim.tab.financials"), financialsPanel);
        tabs.add(getTranslation("claim.tab.invoices"), invoices);
        tabs.add(getTranslation("claim.tab.documents"), documentsPanel);
        tabs.setWidthFull();
        add(header, actions, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClaimRoute.open(event, claims, this, this::show);
    }

    /** Shows the claim as stored now (after a change here or an event from elsewhere). */
    void show(Claim current) {
        this.claim = current;
        List<ClaimInvoice> claimInvoices = claims.invoicesOf(List.of(current.id())).getOrDefault(current.id(), List.of());
        header.show(current, claimInvoices, amounts.balance(current.id()));
        invoices.show(claimInvoices);
        Map<UUID, List<CaseEvent>> events = eventLog.ofClaims(List.of(current.id()), audience, null);
        timeline.show(events.getOrDefault(current.id(), List.of()));
        actions.show(current);
        actionsPanel.show(current.id());
        messagesPanel.show(current.id());
        documentsPanel.show(current.id());
        financialsPanel.show(current.id(), current.currency());
    }

    private void reload() {
        if (claim != null) {
            claims.find(claim.id()).ifPresent(this::show);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Claim shown = claim;
        if (shown == null) {
            return;
        }
        live = LiveRefresh.start(attachEvent.getUI(), eventStream, audience, timeline.lastEventId(), shown.id(),
                this::reload);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.dispose();
        }
    }

    @Override
    public String getPageTitle() {
        return claim == null ? getTranslation("nav.claims") : claim.reference();
    }
}
