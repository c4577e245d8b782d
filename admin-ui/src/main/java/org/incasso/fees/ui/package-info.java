/** The public free-quote page (issue 5, step 1): no login, tenant by host name. */
@NullMarked
package org.incasso.fees.ui;

import org.jspecify.annotations.NullMarked;
