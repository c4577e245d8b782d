package org.incasso.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.incasso.claims.ClaimAction;

/**
 * What the agency did on a claim, as the creditor may read it (read-only, newest first). The
 * service returns only CREDITOR-visible actions to creditor users.
 */
class CreditorActionsList extends Grid<ClaimAction> {

    CreditorActionsList() {
        setId("creditor-actions");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        addColumn(action -> action.performedAt().format(when)).setHeader(getTranslation("action.performedAt"))
                .setAutoWidth(true);
        addColumn(action -> getTranslation("actionType." + action.type())).setHeader(getTranslation("action.type"))
                .setAutoWidth(true);
        addColumn(action -> action.outcome() == null ? "" : getTranslation("actionOutcome." + action.outcome()))
                .setHeader(getTranslation("action.outcome")).setAutoWidth(true);
        addColumn(action -> action.notes() == null ? "" : action.notes()).setHeader(getTranslation("action.notes"))
                .setFlexGrow(3);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("portal.actions.none"));
    }

    void show(List<ClaimAction> actions) {
        setItems(actions.reversed());
    }
}
