package org.incasso.workspace.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimActions;
import org.incasso.claims.ClaimInvoice;
import org.incasso.claims.ClaimMessages;
import org.incasso.claims.ClaimService;
import org.incasso.documents.ClaimDocuments;
import org.incasso.creditors.CreditorService;
import org.incasso.debtors.DebtorService;
import org.incasso.events.Audience;
import org.incasso.events.CaseEventLog;
import org.incasso.events.CaseEventStream;
import org.incasso.identity.CurrentUsers;
import org.incasso.payments.Payments;
import org.incasso.ui.MainLayout;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/**
 * One of the creditor's own claims: amounts, what the agency did (creditor-visible actions and
 * events only — the services filter by audience), invoices, messages with the specialist, the
 * documents tab the documents module contributes, and the creditor's decisions (legal phase in
 * writing, a payment received directly, withdrawal). Another creditor's claim reads as "not
 * found". Refreshes itself when a new event arrives (server push).
 */
@Route(value = "my-claims/:id", layout = MainLayout.class)
@RolesAllowed("CREDITOR")
public class CreditorClaimView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ClaimService claims;
    private final transient CollectedAmounts amounts;
    private final transient ClaimMessages messages;
    private final transient ClaimActions claimActions;
    private final transient CaseEventLog eventLog;
    private final transient CaseEventStream eventStream;
    private final Audience audience;
    private final ClaimHeader header = new ClaimHeader();
    private final CreditorDecisions decisions;
    private final CreditorActionsList actions = new CreditorActionsList();
    private final Timeline timeline = new Timeline(false);
    private final InvoiceGrid invoices = new InvoiceGrid();
    private final MessagesPanel messagesPanel;
    private final DocumentsPanel documentsPanel;
    private final TabSheet tabs = new TabSheet();
    private final Tab messagesTab;
    private @Nullable Claim claim;
    private @Nullable Disposable live;

    public CreditorClaimView(ClaimService claims, CollectedAmounts amounts, ClaimDocuments documents,
            ClaimActions claimActions, ClaimMessages messages, CaseEventLog eventLog,
            CaseEventStream eventStream, CreditorService creditors, DebtorService debtors, CurrentUsers users,
            Payments payments) {
        this.claims = claims;
        this.amounts = amounts;
        this.messages = messages;
        this.claimActions = claimActions;
        this.eventLog = eventLog;
        this.eventStream = eventStream;
        this.audience = Audience.of(users.require());
        this.decisions = new CreditorDecisions(claims, amounts, payments, this::show);
        this.documentsPanel = new DocumentsPanel(documents, this::reload);
        this.messagesPanel = new MessagesPanel(messages, this::reload, "message.placeholder.creditor");
        header.setNames(creditors, debtors);
        VerticalLayout history = new VerticalLayout(new H4(getTranslation("portal.actions")), actions,
                new H4(getTranslation("portal.events")), timeline);
        history.setPadding(false);
        tabs.add(getTranslation("portal.tab.history"), history);
        messagesTab = tabs.add(getTranslation("claim.tab.messages"), messagesPanel);
        messagesTab.setId("tab-messages");
        tabs.add(getTranslation("claim.tab.invoices"), invoices);
        tabs.add(getTranslation("claim.tab.documents"), documentsPanel);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(event -> markReadIfOpen());
        add(header, decisions, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClaimRoute.open(event, claims, this, this::show);
    }

    /** Shows the claim as stored now (after a decision here or an event from elsewhere). */
    void show(Claim current) {
        this.claim = current;
        UUID id = current.id();
        List<ClaimInvoice> claimInvoices = claims.invoicesOf(List.of(id)).getOrDefault(id, List.of());
        header.show(current, claimInvoices, amounts.balance(id));
        decisions.show(current);
        actions.show(claimActions.actionsOf(List.of(id), null).getOrDefault(id, List.of()));
        timeline.show(eventLog.ofClaims(List.of(id), audience, null).getOrDefault(id, List.of()));
        invoices.show(claimInvoices);
        messagesPanel.show(id);
        documentsPanel.show(id);
        markReadIfOpen();
    }

    /** Messages count as read once the creditor has the thread open; until then the tab shows how many are new. */
    private void markReadIfOpen() {
        if (claim == null) {
            return;
        }
        if (tabs.getSelectedTab() == messagesTab) {
            messagesPanel.markRead();
        }
        int unread = messages.unreadOf(List.of(claim.id())).getOrDefault(claim.id(), 0);
        messagesTab.setLabel(unread == 0 ? getTranslation("claim.tab.messages")
                : getTranslation("portal.tab.messagesUnread", unread));
    }

    private void reload() {
        if (claim != null) {
            claims.find(claim.id()).ifPresent(this::show);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (claim != null) {
            UUID id = claim.id();
            live = LiveRefresh.start(attachEvent.getUI(), eventStream, audience, timeline.lastEventId(), id,
                    () -> claims.find(id).ifPresent(this::show));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.dispose();
        }
    }

    @Override
    public String getPageTitle() {
        return claim == null ? getTranslation("nav.myClaims") : claim.reference();
    }
}
