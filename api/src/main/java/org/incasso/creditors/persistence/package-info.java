/** jOOQ access to the creditor table. */
@NullMarked
package org.incasso.creditors.persistence;

import org.jspecify.annotations.NullMarked;
