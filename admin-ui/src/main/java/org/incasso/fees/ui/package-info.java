/** Fee views: the public free quote and the ADMIN's fee-schedule editor. */
@NullMarked
package org.incasso.fees.ui;

import org.jspecify.annotations.NullMarked;
