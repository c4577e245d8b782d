/** Interest rate rows per tenant (jOOQ). */
@NullMarked
package org.incasso.interest.persistence;

import org.jspecify.annotations.NullMarked;
