/** jOOQ access to claims, invoices, the claim reference counter, actions and messages. */
@NullMarked
package org.incasso.claims.persistence;

import org.jspecify.annotations.NullMarked;
