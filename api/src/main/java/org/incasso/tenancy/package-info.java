/** Tenants (collection agencies) and the per-transaction tenant that row-level security enforces. */
@NullMarked
package org.incasso.tenancy;

import org.jspecify.annotations.NullMarked;
