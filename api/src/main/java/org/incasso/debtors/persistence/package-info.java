/** jOOQ access to the debtor table. */
@NullMarked
package org.incasso.debtors.persistence;

import org.jspecify.annotations.NullMarked;
