package org.incasso.claims.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.UUID;

/** A tab of the claim views that another module contributes (see {@link ClaimPanels}). */
public abstract class ClaimPanel extends VerticalLayout {

    /** Shows the panel's content for the claim (called again after every refresh). */
    public abstract void show(UUID claimId);
}
