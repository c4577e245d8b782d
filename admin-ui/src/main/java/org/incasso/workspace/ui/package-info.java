/** The specialist workspace views: claims grid and claim detail with lifecycle actions and live refresh. */
@NullMarked
package org.incasso.workspace.ui;

import org.jspecify.annotations.NullMarked;
