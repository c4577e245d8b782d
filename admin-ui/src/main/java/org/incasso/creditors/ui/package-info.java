/** Vaadin views (creditors/ui). */
@NullMarked
package org.incasso.creditors.ui;

import org.jspecify.annotations.NullMarked;
