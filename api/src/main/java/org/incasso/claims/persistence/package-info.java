/** jOOQ access to claims, invoices and the claim reference counter. */
@NullMarked
package org.incasso.claims.persistence;

import org.jspecify.annotations.NullMarked;
