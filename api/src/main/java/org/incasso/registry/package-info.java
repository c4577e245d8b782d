/**
 * Company look-up for public pages (issue 5, step 1): a typed name becomes suggestions with an
 * address, first from the debtors the tenant already knows, then from a pluggable public
 * registry ({@link org.incasso.registry.CompanyRegistry}, GLEIF when enabled).
 */
@NullMarked
package org.incasso.registry;

import org.jspecify.annotations.NullMarked;
