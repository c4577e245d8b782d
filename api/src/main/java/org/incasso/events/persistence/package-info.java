/** jOOQ access to case events and the per-tenant event counter. */
@NullMarked
package org.incasso.events.persistence;

import org.jspecify.annotations.NullMarked;
