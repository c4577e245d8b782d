/** jOOQ access to the payment table. */
@NullMarked
package org.incasso.payments.persistence;

import org.jspecify.annotations.NullMarked;
