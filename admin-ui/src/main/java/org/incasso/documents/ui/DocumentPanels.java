package org.incasso.documents.ui;

import org.incasso.claims.ui.ClaimPanel;
import org.incasso.claims.ui.ClaimPanels;
import org.incasso.documents.ClaimDocuments;
import org.springframework.stereotype.Component;

/** Adds the documents tab to the claim views of staff and creditors alike. */
@Component
class DocumentPanels implements ClaimPanels {

    private final ClaimDocuments documents;

    DocumentPanels(ClaimDocuments documents) {
        this.documents = documents;
    }

    @Override
    public String labelKey() {
        return "claim.tab.documents";
    }

    @Override
    public ClaimPanel create(Runnable onChange) {
        return new DocumentsPanel(documents, onChange);
    }
}
