/** Debtors (debiteuren): the companies that owe creditors money. */
@NullMarked
package org.incasso.debtors;

import org.jspecify.annotations.NullMarked;
