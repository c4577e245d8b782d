package org.incasso.onboarding.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.incasso.onboarding.ClaimDraft;

/**
 * The claim entered so far, kept in the browser session (never the password): it survives going
 * back and forth, a reload and logging in with an account that already existed.
 */
record WizardMemory(ClaimDraft draft, String email) {

    void keep(VaadinSession session) {
        session.setAttribute(WizardMemory.class, this);
    }

    static Optional<WizardMemory> of(VaadinSession session) {
        return Optional.ofNullable(session.getAttribute(WizardMemory.class));
    }

    static void forget(VaadinSession session) {
        session.setAttribute(WizardMemory.class, null);
    }
}
