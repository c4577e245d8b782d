/** Vaadin views (debtors/ui). */
@NullMarked
package org.incasso.debtors.ui;

import org.jspecify.annotations.NullMarked;
