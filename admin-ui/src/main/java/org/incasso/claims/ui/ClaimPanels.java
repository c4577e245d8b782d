package org.incasso.claims.ui;

/**
 * Tabs that other modules add to the claim views. Documents, for one, live in their own module,
 * which depends on claims; the claim views find its panel through this interface (a Spring bean
 * in that module) rather than depending on it, so the modules form no cycle.
 */
public interface ClaimPanels {

    /** Translation key of the tab label. */
    String labelKey();

    /** A new panel for one view; {@code onChange} reloads the claim after a change made in the panel. */
    ClaimPanel create(Runnable onChange);
}
