/** The specialist workspace: claims grid and claim detail with lifecycle actions and live refresh. */
@NullMarked
package org.incasso.claims.ui;

import org.jspecify.annotations.NullMarked;
