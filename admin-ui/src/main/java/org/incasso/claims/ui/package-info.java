/**
 * The claim views: the specialist workspace (claims grid, claim detail with lifecycle actions)
 * and the creditor portal (dashboard, claim detail with the creditor's decisions), both with live
 * refresh. Other modules contribute tabs through {@link org.incasso.claims.ui.ClaimPanels}.
 */
@NullMarked
@NamedInterface("ui")
package org.incasso.claims.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
