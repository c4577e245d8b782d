package org.incasso.onboarding.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where a visitor whose e-mail has an account goes to log in: the login page sends it back here,
 * and from here to the wizard, which still holds the claim entered before logging in.
 */
@Route(ClaimContinueView.ROUTE)
@RolesAllowed("CREDITOR")
public class ClaimContinueView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "claim/continue";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(ClaimWizardView.class);
    }
}
