/** jOOQ access to the tenant table. */
@NullMarked
package org.incasso.tenancy.persistence;

import org.jspecify.annotations.NullMarked;
