/** Fee schedule versions and their audit trail (jOOQ). */
@NullMarked
package org.incasso.fees.persistence;

import org.jspecify.annotations.NullMarked;
